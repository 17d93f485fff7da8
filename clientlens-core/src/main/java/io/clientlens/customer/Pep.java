package io.clientlens.customer;

/**
 * Politically exposed person status (政治公众人物, docs/AML.md): a foreign or domestic PEP, a senior
 * official of an international organisation, a family member or close associate of one, or checked
 * and none of these. A profile without the field has not recorded it.
 */
public enum Pep {
    /** 外国政要 */
    FOREIGN,
    /** 国内政要 */
    DOMESTIC,
    /** 国际组织高级管理人员 */
    INTERNATIONAL_ORG,
    /** 政要的亲属或关系密切人 */
    ASSOCIATE,
    /** 已核查，非政治公众人物 */
    NONE;

    public boolean isPep() {
        return this != NONE;
    }
}
