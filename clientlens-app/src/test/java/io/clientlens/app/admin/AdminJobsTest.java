package io.clientlens.app.admin;

import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.ExampleProfiles;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.customer.FieldProblem;
import io.clientlens.importing.ImportIssue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The job runner on the real database: progress while running, failure without partial data, restart. */
class AdminJobsTest extends PostgresTest {
    @Autowired
    AdminJobs adminJobs;
    @Autowired
    Jobs jobs;
    @Autowired
    Imports imports;

    @BeforeEach
    void noJobs() {
        admin.execute("truncate admin_job restart identity"); // the application may not truncate
    }

    private Job finished(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Job job = jobs.find(id).orElseThrow();
            if (!job.running()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " still running");
    }

    @Test
    void aRunningJobShowsItsRowsDoneAndTotal() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        long id = adminJobs.start(JobKind.PROFILES, "ten.csv", false, null, "admin", progress -> {
            progress.start("profiles", 10);
            progress.step(5);
            Thread.sleep(JobProgress.INTERVAL_MS + 50);
            progress.step(6); // written: the interval has passed since the last write
            halfway.countDown();
            assertThat(goOn.await(20, TimeUnit.SECONDS)).isTrue();
            progress.step(10);
            return new Outcome(Map.of(), List.of(), true, null);
        });
        assertThat(halfway.await(20, TimeUnit.SECONDS)).isTrue();
        Job running = jobs.find(id).orElseThrow();
        assertThat(running.state()).isEqualTo(JobState.RUNNING);
        assertThat(running.rowsDone()).isEqualTo(6);
        assertThat(running.rowsTotal()).isEqualTo(10);
        assertThat(running.percent()).isEqualTo(60);
        goOn.countDown();

        Job done = finished(id);
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.rowsDone()).isEqualTo(10);
        assertThat(done.finishedAt()).isNotNull();
    }

    @Test
    void aFailedImportStoresNothingAndSaysWhyWithoutPersonalData() throws Exception {
        long id = adminJobs.start(JobKind.PROFILES, "broken.jsonl", false, null, "admin", progress ->
                new Outcome(imports.load(sink -> {
                    sink.customer(ProfileDocuments.fromJson(ExampleProfiles.WANG));
                    progress.step(1);
                    throw new IllegalStateException("disk gone while reading the customer with ID 11010519491231002X");
                }).counts(), List.of(), true, null));

        Job job = finished(id);
        assertThat(job.state()).isEqualTo(JobState.FAILED);
        assertThat(job.stored()).isFalse();
        // the exception's own text (which may hold SQL or paths) goes to the log only; the job says what happened
        assertThat(job.message()).contains("nothing was stored", "未写入任何数据", "job " + id)
                .doesNotContain("disk gone", "IllegalStateException", "11010519491231002X");
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class))
                .as("the customer delivered before the failure was rolled back").isZero();
    }

    @Test
    void jobsStartOneAfterTheOtherInTheOrderTheyWereStarted() throws Exception {
        List<Long> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        long first = adminJobs.start(JobKind.PRODUCTS, "a.csv", false, null, "admin", progress -> {
            Thread.sleep(200);
            order.add(1L);
            return new Outcome(Map.of(), List.of(), true, null);
        });
        long second = adminJobs.start(JobKind.PRODUCTS, "b.csv", false, null, "admin", progress -> {
            order.add(2L);
            return new Outcome(Map.of(), List.of(), true, null);
        });
        finished(first);
        finished(second);
        assertThat(order).containsExactly(1L, 2L);
    }

    @Test
    void aJobStillRunningAtStartupIsMarkedInterrupted() {
        long id = jobs.create(JobKind.CLASSIFICATION, null, false, null, "admin");
        long done = jobs.create(JobKind.PRODUCTS, "p.csv", false, null, "admin");
        jobs.finish(done, 2, new Outcome(Map.of(), List.of(), true, null));

        adminJobs.markInterruptedJobs();

        Job interrupted = jobs.find(id).orElseThrow();
        assertThat(interrupted.state()).isEqualTo(JobState.FAILED);
        assertThat(interrupted.message()).startsWith("interrupted");
        assertThat(jobs.find(done).orElseThrow().state()).isEqualTo(JobState.DONE);
        assertThat(jobs.recent(10)).extracting(Job::id).containsExactly(done, id);
    }

    @Test
    void issuesAreSplitIntoChineseAndEnglishAndMaskIdentityNumbers() {
        JobIssue issue = JobIssue.of(new ImportIssue("/tmp/upload-1.csv", 7, "residentId",
                "customer C1: 11010519491231002X has the wrong check character / 身份证号 11010519491231002X 校验位错误"));
        assertThat(issue.line()).isEqualTo(7);
        assertThat(issue.field()).isEqualTo("residentId");
        assertThat(issue.en()).isEqualTo("customer C1: 1101*************X has the wrong check character");
        assertThat(issue.zh()).isEqualTo("身份证号 1101*************X 校验位错误");

        assertThat(JobIssue.of(new ImportIssue("f.csv", 3, null, "只有中文 / English only")).zh()).isEqualTo("只有中文");
        assertThat(JobIssue.of(new ImportIssue("f.csv", 3, null, "no second language")).zh()).isEqualTo("no second language");
        assertThat(JobIssue.masked("mobile 13800138000, card 6222021234567890123, date 2024/9/1"))
                .isEqualTo("mobile 138****8000, card 622202*********0123, date 2024/9/1");

        JobIssue product = JobIssue.of(new FieldProblem("line 12.minAmount", "应为金额", "expected an amount"));
        assertThat(product.line()).isEqualTo(12);
        assertThat(product.field()).isEqualTo("minAmount");
        assertThat(JobIssue.of(new FieldProblem("(file)", "CSV 格式错误", "malformed CSV")).line()).isZero();
    }
}
