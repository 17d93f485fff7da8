package io.clientlens.app.web;

import io.clientlens.app.admin.Job;
import io.clientlens.app.admin.JobIssue;
import io.clientlens.app.admin.JobState;
import io.clientlens.app.admin.Jobs;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Random bytes uploaded as .csv, .jsonl or .xlsx end in a job whose message and problems say what is wrong with the
 * file in the page's language, never SQL, a Java class or exception name, or a path on the server.
 */
class GarbageUploadTest extends PostgresTest {
    /** What a message must never show: SQL, Java exceptions and class names, server paths. */
    static final List<Pattern> INTERNALS = List.of(
            Pattern.compile("(?i)\\bSQL\\b|PreparedStatement|\\bupdate admin_job\\b|\\binsert into\\b|\\bselect .* from\\b"),
            Pattern.compile("[A-Za-z]+(Exception|Error)\\b"),
            Pattern.compile("\\b(java|javax|jakarta|org|com|io|tools|de)\\.[a-z0-9_]+\\.[A-Za-z0-9_.]+"),
            Pattern.compile("(^|[\\s'\"(:])/(tmp|work|home|var|usr|root|opt|proc)\\b"),
            Pattern.compile("\\\\u0000|\u0000"));

    MockMvc mvc;
    @Autowired
    Jobs jobs;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @BeforeEach
    void noJobs() {
        admin.execute("truncate admin_job restart identity");
    }

    static byte[] garbage(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private long upload(String kind, String fileName, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .param("kind", kind).param("strict", "false")
                        .with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/admin/jobs/".length()));
    }

    private Job finished(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Job job = jobs.find(id).orElseThrow();
            if (job.state() != JobState.RUNNING) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " still running after 60 s");
    }

    @Test
    void randomBytesAsEachFileTypeGetAPlainMessageInTheUsersLanguage() throws Exception {
        List<String[]> uploads = List.of(new String[]{"profiles", "garbage.csv"}, new String[]{"profiles", "garbage.jsonl"},
                new String[]{"profiles", "garbage.xlsx"}, new String[]{"profiles", "garbage.json"},
                new String[]{"contributions", "garbage.csv"}, new String[]{"products", "garbage.csv"});
        for (int seed = 0; seed < 3; seed++) {
            for (String[] upload : uploads) {
                String what = upload[0] + " " + upload[1] + " seed " + seed;
                long id = upload(upload[0], upload[1], garbage(seed, 4096 + seed * 1000));
                Job job = finished(id);
                List<String> texts = new ArrayList<>();
                if (job.message() != null) {
                    texts.add(job.message());
                }
                for (JobIssue issue : job.issues()) {
                    texts.add(issue.field());
                    texts.add(issue.zh());
                    texts.add(issue.en());
                }
                assertThat(job.state() == JobState.FAILED || !job.issues().isEmpty())
                        .as("%s: the job says something is wrong", what).isTrue();
                String zh = page(id, "zh");
                String en = page(id, "en");
                for (String text : List.of(String.join("\n", texts), zh, en)) {
                    for (Pattern internal : INTERNALS) {
                        assertThat(internal.matcher(text).find()).as("%s shows %s in:%n%s", what, internal, text).isFalse();
                    }
                }
                if (job.state() == JobState.FAILED) {
                    assertThat(failure(zh)).as(what).matches(".*\\p{IsHan}.*").doesNotMatch("(?s).*\\b(the|file|not)\\b.*");
                    assertThat(failure(en)).as(what).doesNotMatch(".*\\p{IsHan}.*");
                }
            }
        }
    }

    /** The failure paragraph of the job page. */
    private static String failure(String page) {
        int at = page.indexOf("class=\"problems\" role=\"alert\"");
        assertThat(at).isNotNegative();
        return page.substring(page.indexOf('>', at) + 1, page.indexOf("</p>", at));
    }

    private String page(long id, String lang) throws Exception {
        return mvc.perform(get("/admin/jobs/" + id).param("lang", lang).with(signedIn(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
