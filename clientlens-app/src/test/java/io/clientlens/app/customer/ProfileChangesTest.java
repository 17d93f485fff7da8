package io.clientlens.app.customer;

import io.clientlens.app.customer.ProfileChanges.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The field-by-field difference of two profile documents, masked (no database). */
class ProfileChangesTest {

    @Test
    void masksIdentityDataAndShowsAmountsAsTheyAre() {
        String before = """
                {"customerId": "C1", "name": "王小明", "residentId": "11010519491231002X", "mobile": "13800138000",
                 "email": "wang@example.cn", "income": {"salary": 300000},
                 "family": [{"relation": "SPOUSE", "name": "李娜", "birthDate": "1991-05-01"}]}""";
        String after = """
                {"customerId": "C1", "name": "王大明", "residentId": "110105194912310046", "mobile": "13912341234",
                 "email": "ming@example.com", "income": {"salary": 350000.50},
                 "family": [{"relation": "SPOUSE", "name": "赵敏", "birthDate": "1991-05-01"}]}""";
        assertThat(ProfileChanges.between(before, after)).containsExactly(
                new Change("email", "w***@example.cn", "m***@example.com"),
                new Change("family[0].name", "李*", "赵*"),
                new Change("income.salary", "300000", "350000.50"),
                new Change("mobile", "138****8000", "139****1234"),
                new Change("name", "王*", "王*"),
                new Change("residentId", "1101*************X", "1101*************6"));
    }

    @Test
    void numbersAreComparedByValueAndAnUnchangedDocumentHasNoChange() {
        String doc = "{\"customerId\": \"C1\", \"assets\": {\"cash\": 300000}, \"hobbies\": [\"golf\", \"tea\"]}";
        assertThat(ProfileChanges.between(doc, doc)).isEmpty();
        assertThat(ProfileChanges.between(doc, doc.replace("300000", "300000.00"))).isEmpty();
    }

    @Test
    void aListOfValuesIsOneFieldMissingIsNullAndEmptyIsEmpty() {
        String before = "{\"customerId\": \"C1\", \"hobbies\": [\"golf\", \"tea\"], \"liabilities\": []}";
        String after = "{\"customerId\": \"C1\", \"hobbies\": [\"golf\"], \"occupation\": \"engineer\"}";
        assertThat(ProfileChanges.between(before, after)).containsExactly(
                new Change("hobbies", "golf, tea", "golf"),
                new Change("liabilities", "", null),
                new Change("occupation", null, "engineer"));
    }

    @Test
    void aListTheProfileAlwaysHoldsIsNoChangeWhenOneDocumentLeavesItOut() {
        // a profile always holds the investment product types and the beneficial owners, empty when none are known
        String stored = "{\"customerId\": \"C1\", \"investmentHistory\": {\"years\": 3}}";
        String saved = "{\"customerId\": \"C1\", \"investmentHistory\": {\"years\": 3, \"productTypes\": []}}";
        assertThat(ProfileChanges.between(stored, saved)).isEmpty();
        assertThat(ProfileChanges.between(stored, saved.replace("[]", "[\"FUND\"]")))
                .containsExactly(new Change("investmentHistory.productTypes", "", "FUND"));
    }

    @Test
    void aCompanysNameIsPublicButItsPeopleAreMaskedAndSourcesComeLast() {
        String before = """
                {"customerId": "K1", "type": "CORPORATE", "name": "北京星河科技有限公司",
                 "corporate": {"legalRepresentative": "张伟", "beneficialOwners": [{"name": "张伟", "residentId": "11010519491231002X", "share": 0.6}]},
                 "sources": {"basic": {"source": "IMPORT", "collectedOn": "2026-01-01"}}}""";
        String after = """
                {"customerId": "K1", "type": "CORPORATE", "name": "北京星河云科技有限公司",
                 "corporate": {"legalRepresentative": "刘洋", "beneficialOwners": [{"name": "刘洋", "residentId": "110105194912310046", "share": 0.6}]},
                 "sources": {"basic": {"source": "INTERVIEW", "collectedOn": "2026-10-01"}}}""";
        assertThat(ProfileChanges.between(before, after)).containsExactly(
                new Change("corporate.beneficialOwners[0].name", "张*", "刘*"),
                new Change("corporate.beneficialOwners[0].residentId", "1101*************X", "1101*************6"),
                new Change("corporate.legalRepresentative", "张*", "刘*"),
                new Change("name", "北京星河科技有限公司", "北京星河云科技有限公司"),
                new Change("sources.basic.collectedOn", "2026-01-01", "2026-10-01"),
                new Change("sources.basic.source", "IMPORT", "INTERVIEW"));
    }

    @Test
    void rowsAreOrderedByNumber() {
        StringBuilder before = new StringBuilder("{\"customerId\": \"C1\", \"goals\": [");
        StringBuilder after = new StringBuilder("{\"customerId\": \"C1\", \"goals\": [");
        for (int i = 0; i < 12; i++) {
            before.append(i == 0 ? "" : ",").append("{\"priority\": ").append(i).append('}');
            after.append(i == 0 ? "" : ",").append("{\"priority\": ").append(i + 1).append('}');
        }
        var changes = ProfileChanges.between(before + "]}", after + "]}");
        assertThat(changes).hasSize(12);
        assertThat(changes.get(2).field()).isEqualTo("goals[2].priority");
        assertThat(changes.get(10).field()).isEqualTo("goals[10].priority");
    }

    @Test
    void birthDatesAddressAndEmployerAreRecordedAsTheMaskedViewsShowThem() {
        String before = """
                {"customerId": "C1", "birthDate": "1990-03-07", "address": "北京市东城区王府井大街1号", "employer": "北京某某科技有限公司",
                 "family": [{"relation": "SPOUSE", "birthDate": "1991-05-06"}]}""";
        String after = """
                {"customerId": "C1", "birthDate": "1990-03-08", "address": "上海市浦东新区世纪大道100号", "employer": "上海某某银行",
                 "family": [{"relation": "SPOUSE", "birthDate": "1992-05-06"}]}""";
        assertThat(ProfileChanges.between(before, after)).containsExactly(
                new Change("address", "北京市*", "上海市*"),
                new Change("birthDate", "1990", "1990"),
                new Change("employer", "*", "*"),
                new Change("family[0].birthDate", "1991", "1992"));
    }
}
