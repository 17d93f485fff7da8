package io.clientlens.customer;

/**
 * Whether the customer's identity was verified (身份核实) and how. {@code verified} false means it could
 * not be verified: the customer may not be accepted (docs/AML.md). Either may be missing (not recorded).
 */
public record Identity(Boolean verified, Method method) {

    /** How the identity was checked. */
    public enum Method {
        /** 联网核查公民身份信息 */
        ONLINE_CHECK,
        /** 证件原件核对 */
        DOCUMENT,
        /** 人脸识别 */
        FACE_RECOGNITION,
        /** 他行账户验证 */
        BANK_ACCOUNT,
        /** 企业登记信息核查 */
        BUSINESS_REGISTRY,
        /** 其他 */
        OTHER
    }
}
