package io.clientlens.app.security;

import io.clientlens.staff.Role;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.support.BrowserTest;
import io.clientlens.app.support.WorkstationData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: a failed sign-in's message and a form's error summary are alerts that hold the focus, with what was typed
 * kept (the user name; the questionnaire's answers); a malformed customer search likewise.
 */
class FormFocusBrowserTest extends BrowserTest {
    static final String PASSWORD = "browser-test-Passw0rd";

    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;

    @BeforeEach
    void data() {
        WorkstationData.load(customers, runs);
        customers.save(ProfileDocuments.fromJson("""
                {"customerId": "C0100", "type": "INDIVIDUAL", "name": "周老", "branch": "BR001", "relationshipManager": "RM01",
                 "birthDate": "1949-12-31"}
                """));
        users.add("rm01", Role.RM, "BR001", "RM01", PASSWORD);
    }

    @Test
    void errorsAreAlertsThatTakeTheFocusAndWhatWasTypedStays() {
        List<String> problems = pageProblems();
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill("rm01");
        page.getByLabel("密码").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL("**/login?error");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("用户名或密码不正确。");
        assertThat(page.locator("#login-error")).isFocused();
        assertThat(page.getByLabel("用户名")).hasValue("rm01");
        assertThat(page.getByLabel("密码")).hasValue("");

        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(u -> !u.contains("/login"));

        // a questionnaire whose age disagrees with the birth date on file
        page.navigate(url("/customers/C0100/questionnaires/risk"));
        page.locator("#q-age input[value='31-40']").check();
        page.locator("#q-channel input[value='branch']").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评估")).click();
        assertThat(page.locator("#form-problems")).isFocused();
        assertThat(page.locator("#form-problems")).containsText("您的年龄是？");
        assertThat(page.locator("#q-age input[value='31-40']")).isChecked();
        screenshot("questionnaire-age-error");

        // a malformed search on the customer list
        page.navigate(url("/customers?sort=name"));
        assertThat(page.locator("#form-problems")).isFocused();
        assertThat(page.locator("#form-problems")).containsText("参数 sort");
        // the problems above are the pages' own 400s (a form sent back), nothing else
        assertThat(problems).allMatch(p -> p.startsWith("400 "));
    }
}
