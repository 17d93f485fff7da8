package io.clientlens.batch.generate;

import java.util.List;

/**
 * An occupation with its industry, a job title (zh), the typical after-tax annual pay nationally
 * (CNY), how the person is paid, where such people work and their usual education.
 */
record Occupation(String code, String industry, String title, double medianIncome, Pay pay, Workplace workplace,
                  Education education) {

    enum Pay { SALARY, BUSINESS, FREELANCE }

    enum Workplace { COMPANY, GOVERNMENT, SCHOOL, HOSPITAL, OWN_BUSINESS }

    /** Education codes, lowest first. */
    enum Education { MIDDLE_SCHOOL, HIGH_SCHOOL, JUNIOR_COLLEGE, BACHELOR, MASTER, DOCTORATE }

    static final Occupation STUDENT = new Occupation("student", null, "学生", 0, Pay.FREELANCE, null,
            Education.BACHELOR);
    static final Occupation RETIRED = new Occupation("retired", null, null, 0, Pay.FREELANCE, null,
            Education.HIGH_SCHOOL);

    private static final List<Occupation> WORKING = List.of(
            new Occupation("engineer", "IT", "软件工程师", 220_000, Pay.SALARY, Workplace.COMPANY, Education.BACHELOR),
            new Occupation("teacher", "EDUCATION", "教师", 110_000, Pay.SALARY, Workplace.SCHOOL, Education.BACHELOR),
            new Occupation("doctor", "HEALTHCARE", "主治医师", 210_000, Pay.SALARY, Workplace.HOSPITAL, Education.MASTER),
            new Occupation("nurse", "HEALTHCARE", "护士", 90_000, Pay.SALARY, Workplace.HOSPITAL,
                    Education.JUNIOR_COLLEGE),
            new Occupation("civil_servant", "PUBLIC_ADMINISTRATION", "科员", 120_000, Pay.SALARY, Workplace.GOVERNMENT,
                    Education.BACHELOR),
            new Occupation("accountant", "FINANCE", "会计", 100_000, Pay.SALARY, Workplace.COMPANY, Education.BACHELOR),
            new Occupation("investment_professional", "FINANCE", "投资经理", 320_000, Pay.SALARY, Workplace.COMPANY,
                    Education.MASTER),
            new Occupation("sales", "RETAIL", "销售经理", 110_000, Pay.SALARY, Workplace.COMPANY,
                    Education.JUNIOR_COLLEGE),
            new Occupation("manager", "MANUFACTURING", "部门经理", 260_000, Pay.SALARY, Workplace.COMPANY,
                    Education.BACHELOR),
            new Occupation("factory_worker", "MANUFACTURING", "技术工人", 65_000, Pay.SALARY, Workplace.COMPANY,
                    Education.HIGH_SCHOOL),
            new Occupation("driver", "TRANSPORT", "司机", 70_000, Pay.SALARY, Workplace.COMPANY, Education.MIDDLE_SCHOOL),
            new Occupation("business_owner", "TRADE", "总经理", 450_000, Pay.BUSINESS, Workplace.OWN_BUSINESS,
                    Education.BACHELOR),
            new Occupation("self_employed", "RETAIL", "个体经营者", 150_000, Pay.BUSINESS, Workplace.OWN_BUSINESS,
                    Education.HIGH_SCHOOL),
            new Occupation("lawyer", "LEGAL", "律师", 300_000, Pay.SALARY, Workplace.COMPANY, Education.MASTER),
            new Occupation("designer", "MEDIA", "设计师", 130_000, Pay.SALARY, Workplace.COMPANY, Education.BACHELOR),
            new Occupation("researcher", "EDUCATION", "研究员", 180_000, Pay.SALARY, Workplace.SCHOOL,
                    Education.DOCTORATE),
            new Occupation("service_worker", "HOSPITALITY", "服务员", 55_000, Pay.SALARY, Workplace.COMPANY,
                    Education.MIDDLE_SCHOOL),
            new Occupation("freelancer", "MEDIA", "自由职业者", 110_000, Pay.FREELANCE, null, Education.BACHELOR));

    static final Weighted<Occupation> WORKING_MIX = Weighted.of(WORKING,
            10, 7, 3, 3, 6, 5, 2, 9, 6, 10, 5, 3, 6, 1, 3, 2, 8, 3);

    boolean isOwnBusiness() {
        return workplace == Workplace.OWN_BUSINESS;
    }
}
