package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.service.CampaignChange;
import io.clientlens.app.service.CampaignReport;
import io.clientlens.app.service.Campaigns;
import io.clientlens.app.service.NewCampaign;
import io.clientlens.code.Language;
import io.clientlens.service.CampaignResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = "Campaigns over a stored segment or a target list (docs/SERVICE.md): create, report.",
        subcommands = {CampaignCommand.Create.class, CampaignCommand.Report.class})
class CampaignCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a campaign and invite its targets.")
    static class Create extends RootAware implements Callable<Integer> {
        @Mixin
        ServiceOperator operator;

        @Option(names = "--name", required = true, description = "The campaign's name")
        String name;

        @Option(names = "--kind", required = true, description = "EVENT, FORUM or PRODUCT_OFFER")
        String kind;

        @Option(names = "--product", paramLabel = "CODE", description = "The product whose purchases within the window are conversions")
        String product;

        @Option(names = "--segment", paramLabel = "NAME", description = "A stored custom segment (the latest run's members)")
        String segment;

        @Option(names = "--customers", split = ",", paramLabel = "ID", description = "A target list of customer ids, comma separated")
        List<String> customers;

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of the campaign, YYYY-MM-DD")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day of the campaign, YYYY-MM-DD; responses and conversions count up to it")
        String to;

        @Option(names = "--cost", defaultValue = "0", description = "The campaign's cost, compared with its revenue in the report (default 0)")
        String cost;

        @Option(names = "--revenue-rate", paramLabel = "RATE", description = "Default: the policy's service.campaigns.revenueRate")
        String revenueRate;

        @Override
        public Integer call() {
            Language lang = root().language();
            try (Launcher app = root().start(null)) {
                CampaignChange change;
                try {
                    change = app.bean(Campaigns.class).create(operator.of(app), new NewCampaign(name, kind, product, segment, customers, from, to,
                            cost, revenueRate));
                } catch (RuntimeException e) {
                    throw ServiceOperator.explain(e, lang);
                }
                if (change instanceof CampaignChange.Created c) {
                    out().println(say().t("营销活动 #" + c.campaign().campaignId() + " 已创建，邀请 " + c.campaign().members() + " 位客户",
                            "Campaign #" + c.campaign().campaignId() + " created, " + c.campaign().members() + " customers invited"));
                    return 0;
                }
                throw new IllegalArgumentException(((CampaignChange.Refused) change).reason().in(lang));
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, description = "A campaign's responses, conversions and revenue against cost.")
    static class Report extends RootAware implements Callable<Integer> {
        @Mixin
        ServiceOperator operator;

        @Parameters(paramLabel = "CAMPAIGN", description = "Campaign id")
        long campaignId;

        @Override
        public Integer call() {
            Language lang = root().language();
            try (Launcher app = root().start(null)) {
                CampaignReport r;
                try {
                    r = app.bean(Campaigns.class).report(operator.of(app), campaignId).orElseThrow(() ->
                            new IllegalArgumentException(say().t("没有营销活动 ", "No campaign ") + campaignId));
                } catch (IllegalArgumentException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw ServiceOperator.explain(e, lang);
                }
                var m = r.measures();
                out().printf("#%d %s  %s – %s%n", r.campaign().campaignId(), r.campaign().name(), r.campaign().startsOn(), r.campaign().endsOn());
                for (CampaignResponse x : CampaignResponse.values()) {
                    // a member still only invited has not answered: beside "responded n / invited m" that reads as a count of its own
                    String shown = x == CampaignResponse.INVITED ? say().t("未回复", "no reply yet") : x.label().in(lang);
                    out().println("  " + Summaries.padded(shown, 13) + m.byResponse().getOrDefault(x, 0L));
                }
                out().printf("%s %s   %s %d (%s)   %s %s   %s %s   %s %s%n", say().t("响应率", "response rate"), percent(m.responseRate()),
                        say().t("转化", "converted"), m.converted(), percent(m.conversionRate()), say().t("收入", "revenue"),
                        m.revenue().toPlainString(), say().t("成本", "cost"), m.cost().toPlainString(), say().t("投入产出", "return on cost"),
                        percent(m.returnOnCost()));
                out().println(m.explanation().in(lang));
            }
            return 0;
        }

        private static String percent(BigDecimal share) {
            return share == null ? "—" : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        }
    }
}
