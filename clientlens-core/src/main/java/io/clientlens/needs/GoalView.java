package io.clientlens.needs;

import io.clientlens.code.Label;
import io.clientlens.customer.Goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A goal of the profile read as a need: economic (经济目标, a sum of money by a date) or life-value
 * (人生价值目标, what the money is for), and its Maslow level. A goal of type OTHER is left to
 * the RM: both are null and {@code why} says so.
 */
public record GoalView(Goal.Type type, Label typeLabel, String description, BigDecimal targetAmount,
                       LocalDate targetDate, Integer priority, Nature nature, MaslowLevel maslow, Label why) {

    public enum Nature {
        ECONOMIC(Label.of("经济目标", "Economic goal")),
        LIFE_VALUE(Label.of("人生价值目标", "Life-value goal"));

        private final Label label;

        Nature(Label label) {
            this.label = label;
        }

        public Label label() {
            return label;
        }
    }

    /** The goals by their priority (1 first; goals without one last), each classified. */
    public static List<GoalView> of(List<Goal> goals) {
        if (goals == null) {
            return List.of();
        }
        return goals.stream()
                .sorted(Comparator.comparing((Goal g) -> g.priority() == null ? Integer.MAX_VALUE : g.priority()))
                .map(GoalView::of).toList();
    }

    static GoalView of(Goal g) {
        Goal.Type type = g.type() == null ? Goal.Type.OTHER : g.type();
        return switch (type) {
            case EDUCATION -> view(g, type, Label.of("子女教育", "Education"), Nature.ECONOMIC, MaslowLevel.LOVE_AND_BELONGING,
                    "为子女的未来储备，出于对家庭的爱与责任", "saving for the children's future, out of love and duty to the family");
            case RETIREMENT -> view(g, type, Label.of("退休养老", "Retirement"), Nature.ECONOMIC, MaslowLevel.SAFETY,
                    "保证退休后的生活品质", "a secure standard of living after work");
            case HOUSE -> view(g, type, Label.of("购房", "Home"), Nature.ECONOMIC, MaslowLevel.PHYSIOLOGICAL,
                    "住所是最基本的生活需要", "a home is a basic need of life");
            case CAR -> view(g, type, Label.of("购车", "Car"), Nature.ECONOMIC, MaslowLevel.ESTEEM,
                    "改善生活并体现身份", "comfort and standing");
            case WEALTH_GROWTH -> view(g, type, Label.of("财富增值", "Wealth growth"), Nature.ECONOMIC, MaslowLevel.SAFETY,
                    "资产保值增值，增强财务安全", "preserving and growing wealth for financial security");
            case HEALTH -> view(g, type, Label.of("健康医疗", "Health"), Nature.ECONOMIC, MaslowLevel.SAFETY,
                    "应对疾病与医疗费用的风险", "meeting the risk of illness and medical costs");
            case TRAVEL -> view(g, type, Label.of("旅游", "Travel"), Nature.LIFE_VALUE, MaslowLevel.SELF_ACTUALIZATION,
                    "丰富人生阅历", "a richer life");
            case LEGACY -> view(g, type, Label.of("财富传承", "Legacy"), Nature.LIFE_VALUE, MaslowLevel.LOVE_AND_BELONGING,
                    "将财富和心意留给家人", "passing wealth and care on to the family");
            case CHARITY -> view(g, type, Label.of("公益慈善", "Charity"), Nature.LIFE_VALUE, MaslowLevel.SELF_ACTUALIZATION,
                    "回馈社会、实现个人价值", "giving back and fulfilling one's values");
            case OTHER -> new GoalView(type, Label.of("其他", "Other"), g.description(), g.targetAmount(), g.targetDate(),
                    g.priority(), null, null, Label.of("类型为“其他”，由理财经理面谈后判断", "type OTHER: for the RM to judge in the interview"));
        };
    }

    private static GoalView view(Goal g, Goal.Type type, Label typeLabel, Nature nature, MaslowLevel level, String zh, String en) {
        return new GoalView(type, typeLabel, g.description(), g.targetAmount(), g.targetDate(), g.priority(), nature, level,
                Label.of(typeLabel.zh() + "：" + zh + " → " + nature.label().zh() + "，" + level.label().zh(),
                        typeLabel.en() + ": " + en + " → " + nature.label().en() + ", " + level.label().en()));
    }
}
