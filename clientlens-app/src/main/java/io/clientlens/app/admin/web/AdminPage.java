package io.clientlens.app.admin.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.batch.export.CsvCell;
import io.clientlens.app.admin.JobFailure;
import io.clientlens.app.admin.AdminJobs;
import io.clientlens.app.admin.AdminWork;
import io.clientlens.app.admin.Job;
import io.clientlens.app.admin.JobIssue;
import io.clientlens.app.admin.JobKind;
import io.clientlens.app.admin.Jobs;
import io.clientlens.app.admin.RecentRuns;
import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.customer.ChangedBy;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.security.Actors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports and classification runs for administrators (ADMIN only, see SecurityConfiguration): upload
 * a file or start a run, follow the job's progress ({@code admin.js} polls {@code /admin/jobs/{id}/status};
 * without JavaScript the page reloads itself), read its summary and its problems per line, download
 * them as CSV.
 */
// Its job runner exists only in a web server (AdminJobs): the command line has its own import and classify commands.
@ConditionalOnWebApplication
@PageController
class AdminPage {
    static final int JOBS_LISTED = 20;
    static final int RUNS_LISTED = 20;
    /** The page lists this many problems; the CSV report has all that were kept. */
    static final int ISSUES_SHOWN = 200;
    private static final Map<JobKind, Set<String>> EXTENSIONS = Map.of(
            JobKind.PROFILES, Set.of("csv", "xlsx", "json", "jsonl"),
            JobKind.CONTRIBUTIONS, Set.of("csv"),
            JobKind.PRODUCTS, Set.of("csv"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AdminJobs adminJobs;
    private final AdminWork work;
    private final Jobs jobs;
    private final RecentRuns recentRuns;
    private final ClassificationRuns runs;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final long uploadLimit;

    AdminPage(AdminJobs adminJobs, AdminWork work, Jobs jobs, RecentRuns recentRuns, ClassificationRuns runs,
              MessageSource messages, AuditTrail audit, @Value("${clientlens.max-upload-bytes:52428800}") long uploadLimit) {
        this.adminJobs = adminJobs;
        this.work = work;
        this.jobs = jobs;
        this.recentRuns = recentRuns;
        this.runs = runs;
        this.messages = messages;
        this.audit = audit;
        this.uploadLimit = uploadLimit;
    }

    @GetMapping("/admin")
    String page(Locale locale, Model model) {
        return admin(locale, model, null);
    }

    @PostMapping("/admin/imports")
    String upload(@RequestParam(name = "kind", required = false) String kindText,
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "strict", defaultValue = "false") boolean strict,
                  Locale locale, Model model, HttpServletResponse response) throws IOException {
        JobKind kind = JobKind.parse(kindText).filter(JobKind::isImport).orElse(null);
        String fileName = file == null ? "" : plainName(file.getOriginalFilename());
        String problem = uploadProblem(kind, file, fileName);
        if (problem != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return admin(locale, model, messages.getMessage(problem, new Object[]{fileName}, locale));
        }
        Path saved = uploadFile(extension(fileName));
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, saved, StandardCopyOption.REPLACE_EXISTING);
        }
        AdminJobs.Work importing = switch (kind) {
            case PROFILES -> work.profiles(saved, strict, ChangedBy.importBy(Actors.current(), fileName));
            case CONTRIBUTIONS -> work.contributions(saved, strict);
            default -> work.products(saved);
        };
        long id = adminJobs.start(kind, fileName, strict, null, Actors.current().username(), progress -> {
            try {
                return importing.run(progress);
            } finally {
                Files.deleteIfExists(saved); // the upload is kept only while it is read
            }
        });
        audited(id, kind, Map.of("file", JobIssue.masked(fileName), "strict", strict, "bytes", file.getSize()));
        return "redirect:/admin/jobs/" + id;
    }

    @PostMapping("/admin/runs")
    String classify(@RequestParam(name = "asOf", required = false) String asOfText, Locale locale, Model model,
                    HttpServletResponse response) {
        LocalDate asOf;
        try {
            asOf = asOfText == null || asOfText.isBlank() ? null : LocalDate.parse(asOfText.trim());
        } catch (DateTimeParseException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return admin(locale, model, messages.getMessage("admin.error.asOf", new Object[]{asOfText}, locale));
        }
        var future = io.clientlens.app.classify.ClassificationRuns.asOfProblem(asOf, LocalDate.now());
        if (future.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return admin(locale, model, future.get().in(io.clientlens.app.ui.PageLanguage.of(locale)));
        }
        if (asOf == null && runs.latestTransactionDate().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return admin(locale, model, messages.getMessage("admin.error.noTransactions", null, locale));
        }
        long id = adminJobs.start(JobKind.CLASSIFICATION, null, false, asOf, Actors.current().username(),
                work.classification(asOf));
        audited(id, JobKind.CLASSIFICATION, Map.of("asOf", asOf == null ? "latest transaction date" : asOf.toString()));
        return "redirect:/admin/jobs/" + id;
    }

    @GetMapping("/admin/jobs/{id}")
    String job(@PathVariable long id, Locale locale, Model model) {
        Job job = jobs.find(id).orElseThrow(() -> new NotFound("job", String.valueOf(id)));
        common(locale, model);
        model.addAttribute("job", job);
        model.addAttribute("failure", JobFailure.inLanguage(job.message(), locale));
        model.addAttribute("issues", job.issues().stream().limit(ISSUES_SHOWN).toList());
        return "admin-job";
    }

    /** What the page's script polls: state, rows done of total, and at the end the counts. */
    @GetMapping(path = "/admin/jobs/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> status(@PathVariable long id, Locale locale) {
        Job job = jobs.find(id).orElseThrow(() -> new NotFound("job", String.valueOf(id)));
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", job.id());
        status.put("kind", job.kind().name());
        status.put("state", job.state().name());
        status.put("rowsDone", job.rowsDone());
        status.put("rowsTotal", job.rowsTotal());
        status.put("percent", job.percent());
        status.put("stored", job.stored());
        status.put("inserted", job.inserted());
        status.put("updated", job.updated());
        status.put("unchanged", job.unchanged());
        status.put("issueCount", job.issueCount());
        status.put("runId", job.runId());
        status.put("message", JobFailure.inLanguage(job.message(), locale));
        return status;
    }

    /**
     * A new file only its owner may read, in the temporary folder, named by a random UUID: the long of digits that
     * {@code Files.createTempFile} puts in a name can look like a card number where a library logs the path.
     */
    private static Path uploadFile(String extension) throws java.io.IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        String name = "clientlens-upload-" + java.util.UUID.randomUUID() + "." + extension;
        try {
            return Files.createFile(folder.resolve(name), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(folder.resolve(name));
        }
    }

    /** The problems per line as CSV (UTF-8 with a BOM, so that Excel shows the Chinese). */
    @GetMapping("/admin/jobs/{id}/issues.csv")
    ResponseEntity<byte[]> issuesCsv(@PathVariable long id) {
        Job job = jobs.find(id).orElseThrow(() -> new NotFound("job", String.valueOf(id)));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"job-" + id + "-issues.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(IssueReport.csv(job.issues()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Who started which job, in the append-only audit trail (the job record itself can change). */
    private void audited(long jobId, JobKind kind, Map<String, Object> details) {
        var user = Actors.current();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("kind", kind.name());
        inputs.putAll(details);
        audit.appendAccess("ADMIN_JOB", java.time.LocalDateTime.now(), user.username(), user.role().name(), null, "job:" + jobId,
                inputs);
    }

    private String admin(Locale locale, Model model, String error) {
        common(locale, model);
        model.addAttribute("error", error);
        model.addAttribute("jobs", jobs.recent(JOBS_LISTED));
        model.addAttribute("runs", recentRuns.list(RUNS_LISTED));
        model.addAttribute("defaultAsOf", runs.latestTransactionDate().map(LocalDate::toString).orElse(null));
        model.addAttribute("uploadLimitMb", uploadLimit / (1024 * 1024));
        return "admin";
    }

    private void common(Locale locale, Model model) {
        model.addAttribute("lang", locale.getLanguage().equals("en") ? "en" : "zh");
        model.addAttribute("username", Actors.current().username());
        model.addAttribute("times", new Times());
    }

    /** The message key of what is wrong with an upload, or null when it may start. */
    private String uploadProblem(JobKind kind, MultipartFile file, String fileName) {
        if (kind == null) {
            return "admin.error.kind";
        }
        if (file == null || file.isEmpty() && fileName.isEmpty()) {
            return "admin.error.noFile";
        }
        if (file.isEmpty()) {
            return "admin.error.emptyFile"; // a file was chosen, but it holds nothing: say that, not "choose a file"
        }
        if (file.getSize() > uploadLimit) {
            return "admin.error.tooLarge";
        }
        if (!EXTENSIONS.get(kind).contains(extension(fileName))) {
            return kind == JobKind.PROFILES ? "admin.error.profileType" : "admin.error.csvOnly";
        }
        return null;
    }

    /** The file's own name without any folder a browser may send along. */
    static String plainName(String original) {
        if (original == null) {
            return "";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Times on the page in the server's zone, as yyyy-MM-dd HH:mm:ss. */
    public static final class Times {
        public String of(Instant instant) {
            return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
        }
    }

    /** The problems of a job as CSV rows: line, field, Chinese, English. */
    static final class IssueReport {
        private IssueReport() {
        }

        static String csv(List<JobIssue> issues) {
            StringBuilder csv = new StringBuilder("\uFEFFline,field,problem_zh,problem_en\r\n");
            for (JobIssue i : issues) {
                csv.append(i.line()).append(',').append(cell(i.field())).append(',').append(cell(i.zh())).append(',')
                        .append(cell(i.en())).append("\r\n");
            }
            return csv.toString();
        }

        /** Quoted; a value a spreadsheet would run as a formula is neutralised ({@link CsvCell}). */
        static String cell(String value) {
            return io.clientlens.app.ui.CsvCells.cell(value);
        }
    }
}
