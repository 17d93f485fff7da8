package io.clientlens.batch.generate;

import java.util.List;

/** Street names that exist in many Chinese cities, for plausible addresses. */
final class Streets {
    private Streets() {
    }

    static final List<String> NAMES = List.of("人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "胜利路",
            "文化路", "朝阳路", "长江路", "黄河路", "青年路", "光明路", "幸福路", "科技路", "学院路", "滨江路", "南京路",
            "北京路", "迎宾大道");
}
