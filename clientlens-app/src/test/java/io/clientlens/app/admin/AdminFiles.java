package io.clientlens.app.admin;

import io.clientlens.identity.ResidentId;

/** Files an administrator uploads in the tests: profiles with valid and invalid lines, contributions, products. */
public final class AdminFiles {
    private AdminFiles() {
    }

    /** A valid resident ID born on the given date (yyyyMMdd), sequence 001 (male). */
    public static String residentId(String birth) {
        String first17 = "110105" + birth + "001";
        return first17 + ResidentId.checkCharacter(first17);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheck(String residentId) {
        char right = residentId.charAt(17);
        return residentId.substring(0, 17) + (right == '1' ? '2' : '1');
    }

    static final String HEADER = "customerId,name,residentId,mobile,branch,relationshipManager,income.salary,assets.cash\n";

    /** Three good customers of BR001 (lines 2–4). */
    public static String threeGoodProfiles() {
        return HEADER
                + "A0001,王小明," + residentId("19880301") + ",13800138000,BR001,RM01,300000,50000\n"
                + "A0002,李娜," + residentId("19750615") + ",13900139000,BR001,RM01,180000.50,\n"
                + "A0003,张伟,,13700137000,BR001,RM02,,20000\n";
    }

    /** One good customer (line 2), then a bad check character (line 3), a bad mobile (line 4) and a bad amount (line 5). */
    public static String profilesWithBadLines() {
        return HEADER
                + "B0001,赵一," + residentId("19900101") + ",13800138001,BR001,RM01,100000,1000\n"
                + "B0002,钱二," + withWrongCheck(residentId("19850505")) + ",13800138002,BR001,RM01,100000,1000\n"
                + "B0003,孙三,,2380013800,BR001,RM01,100000,1000\n"
                + "B0004,李四,,13800138004,BR001,RM01,一万,1000\n";
    }

    /** Contributions of A0001 and A0002 and of a customer that does not exist (line 4). */
    public static String contributions() {
        return "customerId,contribution\nA0001,1234.50\nA0002,-200\nZ9999,10\n";
    }

    public static String products() {
        return "code,name,risk,type,experiencedOnly,minAmount,derivative\n"
                + "P001,稳健理财1号,R2,WEALTH,false,10000,false\n"
                + "P002,成长基金,R4,FUND,false,1000,false\n";
    }

    /** A risk rating that does not exist on line 3: the whole catalogue is refused. */
    public static String productsWithBadRisk() {
        return "code,name,risk,type,experiencedOnly,minAmount,derivative\n"
                + "P003,货币基金,R1,FUND,false,1,false\n"
                + "P004,结构性存款,R9,DEPOSIT,false,50000,false\n";
    }
}
