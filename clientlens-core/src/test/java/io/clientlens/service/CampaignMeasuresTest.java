package io.clientlens.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignMeasuresTest {

    @Test
    void ratesRevenueAndReturnOnCostByHand() {
        // 10 invited: 3 still invited, 4 accepted, 1 declined, 2 attended → 7 answered; 2 converted with 300,000 at 1 %
        var m = CampaignMeasures.of(Map.of(CampaignResponse.INVITED, 3L, CampaignResponse.ACCEPTED, 4L, CampaignResponse.DECLINED, 1L,
                CampaignResponse.ATTENDED, 2L), 2, new BigDecimal("300000"), new BigDecimal("0.01"), new BigDecimal("2000"), "CNY");
        assertThat(m.invited()).isEqualTo(10);
        assertThat(m.responded()).isEqualTo(7);
        assertThat(m.responseRate()).isEqualByComparingTo("0.7");
        assertThat(m.conversionRate()).isEqualByComparingTo("0.2");
        assertThat(m.revenue()).isEqualByComparingTo("3000");
        // (3,000 − 2,000) / 2,000
        assertThat(m.returnOnCost()).isEqualByComparingTo("0.5");
        assertThat(m.explanation().zh()).contains("响应率 = 已回复 7 / 已邀请 10", "300,000 元 × 收益率 0.01 = 3,000 元");
    }

    @Test
    void nothingInvitedOrNoCostIsNotComputable() {
        var m = CampaignMeasures.of(Map.of(), 0, null, new BigDecimal("0.01"), BigDecimal.ZERO, "CNY");
        assertThat(m.responseRate()).isNull();
        assertThat(m.conversionRate()).isNull();
        assertThat(m.returnOnCost()).isNull();
        assertThat(m.explanation().en()).contains("not computable");
    }

    @Test
    void referralsMoveForwardOnly() {
        assertThat(ReferralState.REFERRED.next()).containsExactly(ReferralState.ACCEPTED, ReferralState.DECLINED);
        assertThat(ReferralState.DECLINED.mayMoveTo(ReferralState.ACCEPTED)).isFalse();
        assertThat(ReferralState.ACCEPTED.mayMoveTo(ReferralState.CLOSED)).isTrue();
        assertThat(CampaignResponse.INVITED.isResponse()).isFalse();
    }
}
