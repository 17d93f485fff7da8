package io.clientlens.batch.generate;

import io.clientlens.bank.Branch;
import io.clientlens.batch.generate.BranchSite.District;

import java.util.ArrayList;
import java.util.List;

/** The bank's 20 branches in real cities, with the districts whose codes local IDs carry. */
final class Branches {
    private Branches() {
    }

    static final List<BranchSite> ALL = build();

    static final Weighted<BranchSite> BY_CUSTOMERS = Weighted.of(ALL,
            ALL.stream().mapToDouble(BranchSite::customerWeight).toArray());

    private static List<BranchSite> build() {
        List<BranchSite> sites = new ArrayList<>();
        add(sites, "北京分行", "北京市", "北京市", 62000, 1.45, 1.6,
                "110101", "东城区", "110102", "西城区", "110105", "朝阳区", "110108", "海淀区");
        add(sites, "上海分行", "上海市", "上海市", 65000, 1.5, 1.6,
                "310101", "黄浦区", "310104", "徐汇区", "310115", "浦东新区");
        add(sites, "深圳分行", "广东省深圳市", "深圳市", 58000, 1.45, 1.3,
                "440303", "罗湖区", "440304", "福田区", "440305", "南山区");
        add(sites, "广州分行", "广东省广州市", "广州市", 38000, 1.25, 1.3,
                "440103", "荔湾区", "440104", "越秀区", "440106", "天河区");
        add(sites, "杭州分行", "浙江省杭州市", "杭州市", 34000, 1.3, 1.1,
                "330102", "上城区", "330106", "西湖区", "330108", "滨江区");
        add(sites, "宁波分行", "浙江省宁波市", "宁波市", 22000, 1.15, 0.8,
                "330203", "海曙区", "330212", "鄞州区");
        add(sites, "南京分行", "江苏省南京市", "南京市", 30000, 1.2, 1.0,
                "320102", "玄武区", "320104", "秦淮区", "320106", "鼓楼区");
        add(sites, "苏州分行", "江苏省苏州市", "苏州市", 25000, 1.2, 0.9,
                "320505", "虎丘区", "320508", "姑苏区");
        add(sites, "天津分行", "天津市", "天津市", 20000, 1.05, 0.9,
                "120101", "和平区", "120103", "河西区");
        add(sites, "重庆分行", "重庆市", "重庆市", 12000, 0.9, 1.0,
                "500103", "渝中区", "500105", "江北区");
        add(sites, "成都分行", "四川省成都市", "成都市", 17000, 1.0, 1.1,
                "510104", "锦江区", "510105", "青羊区", "510107", "武侯区");
        add(sites, "武汉分行", "湖北省武汉市", "武汉市", 17000, 1.0, 1.0,
                "420102", "江岸区", "420106", "武昌区", "420111", "洪山区");
        add(sites, "长沙分行", "湖南省长沙市", "长沙市", 12000, 0.95, 0.8,
                "430102", "芙蓉区", "430103", "天心区", "430104", "岳麓区");
        add(sites, "西安分行", "陕西省西安市", "西安市", 15000, 0.95, 0.8,
                "610102", "新城区", "610103", "碑林区", "610113", "雁塔区");
        add(sites, "济南分行", "山东省济南市", "济南市", 15000, 0.95, 0.7,
                "370102", "历下区", "370103", "市中区");
        add(sites, "青岛分行", "山东省青岛市", "青岛市", 18000, 1.0, 0.7,
                "370202", "市南区", "370203", "市北区");
        add(sites, "福州分行", "福建省福州市", "福州市", 22000, 1.0, 0.6,
                "350102", "鼓楼区", "350103", "台江区");
        add(sites, "厦门分行", "福建省厦门市", "厦门市", 40000, 1.1, 0.6,
                "350203", "思明区", "350206", "湖里区");
        add(sites, "郑州分行", "河南省郑州市", "郑州市", 13000, 0.9, 0.8,
                "410102", "中原区", "410105", "金水区");
        add(sites, "沈阳分行", "辽宁省沈阳市", "沈阳市", 10000, 0.85, 0.7,
                "210102", "和平区", "210103", "沈河区");
        return List.copyOf(sites);
    }

    private static void add(List<BranchSite> sites, String name, String region, String city, int price,
                            double incomeFactor, double weight, String... codesAndNames) {
        List<District> districts = new ArrayList<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            districts.add(new District(codesAndNames[i], codesAndNames[i + 1]));
        }
        int index = sites.size();
        Branch branch = new Branch(String.format("BR%03d", index + 1), name, region);
        sites.add(new BranchSite(index, branch, city, List.copyOf(districts), price, incomeFactor, weight));
    }
}
