package io.clientlens.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An address as shown masked: up to the prefecture-level city, never the district, county or street. */
class AddressMaskingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "北京市朝阳区建国路88号|北京市*",
            "上海市浦东新区世纪大道100号|上海市*",
            "广东省广州市天河区体育西路1号|广东省广州市*",
            "浙江省杭州市西湖区文三路 90 号|浙江省杭州市*",
            "内蒙古自治区呼和浩特市新城区|内蒙古自治区呼和浩特市*",
            "新疆维吾尔自治区阿克苏地区阿克苏市|新疆维吾尔自治区阿克苏地区*",
            "湖北省恩施土家族苗族自治州恩施市|湖北省恩施土家族苗族自治州*",
            "内蒙古自治区阿拉善盟阿拉善左旗|内蒙古自治区阿拉善盟*",
            "广州市天河区体育西路1号|广州市*",
            "广东省广州市|广东省广州市",
            "北京市|北京市",
            "天河区体育西路1号|*",
            "'1 Main St, Springfield, USA'|* USA",
            "Springfield|*"})
    void stopsAtTheCity(String address, String shown) {
        assertThat(Masking.address(address)).isEqualTo(shown);
    }

    @Test
    void nullAndBlankAndIdempotent() {
        assertThat(Masking.address(null)).isNull();
        assertThat(Masking.address("  ")).isEmpty();
        assertThat(Masking.address(Masking.address("广东省广州市天河区体育西路1号"))).isEqualTo("广东省广州市*");
        assertThat(Masking.address(Masking.address("北京市朝阳区建国路88号"))).isEqualTo("北京市*");
    }
}
