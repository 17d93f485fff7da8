package io.clientlens.customer;

import java.time.LocalDate;

/** Where a group of facts came from and when it was collected (了解客户的途径). */
public record FactSource(Channel source, LocalDate collectedOn) {

    public enum Channel {
        ACCOUNT_OPENING, // 开户资料
        QUESTIONNAIRE,   // 调查问卷
        INTERVIEW,       // 面谈沟通
        PHONE,           // 电话沟通
        DATA_MINING,     // 数据挖掘
        IMPORT
    }
}
