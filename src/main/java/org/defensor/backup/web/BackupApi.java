package org.defensor.backup.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.defensor.backup.BackupException;
import org.defensor.backup.BackupSummary;
import org.defensor.backup.Backups;
import org.defensor.backup.DatabaseNotEmptyException;
import org.defensor.backup.RestoreReport;
import org.defensor.security.Access;
import org.defensor.web.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.WebUtils;

/** What {@code defensor backup} and {@code defensor restore} do, for a running server; admins only, audited. */
@RestController
@RequestMapping("/api/v1/admin")
class BackupApi {

    private final Backups backups;

    BackupApi(Backups backups) {
        this.backups = backups;
    }

    /** The passphrase of a backup, in the body: never in the URL, where logs would keep it. */
    record BackupRequest(String passphrase) {}

    /** Streams an encrypted backup of everything. */
    @PostMapping(path = "/backup", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.ADMIN)
    public ResponseEntity<StreamingResponseBody> backup(@RequestBody BackupRequest request) {
        char[] passphrase = passphrase(request == null ? null : request.passphrase());
        Backups.checkNewPassphrase(passphrase);
        StreamingResponseBody body = out -> {
            // The response ends only after the backup is in the audit trail: the backup's own close must not end it.
            BackupSummary summary = backups.backup(StreamUtils.nonClosing(out), passphrase);
            backups.audit("backup", summary);
        };
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"defensor-" + LocalDate.now() + ".backup\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    /**
     * Restores a backup uploaded as multipart/form-data (parts {@code file} and {@code passphrase}); with
     * {@code replace=true} in place of a database that holds records. The parts are read in the method,
     * after the access rule, so that a caller without the right learns nothing more than 403.
     */
    @PostMapping("/restore")
    @PreAuthorize(Access.ADMIN)
    public RestoreReport restore(HttpServletRequest request, @RequestParam(required = false) String passphrase,
                                 @RequestParam(defaultValue = "false") boolean replace) throws IOException {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        if (file == null) {
            throw new BackupException("file: is required, as the part 'file' of a multipart/form-data upload");
        }
        try (InputStream in = file.getInputStream()) {
            RestoreReport report = backups.restore(in, passphrase(passphrase), replace);
            backups.audit("restore", report.restored());
            return report;
        }
    }

    private static char[] passphrase(String passphrase) {
        if (passphrase == null || passphrase.isEmpty()) {
            throw new BackupException("passphrase: is required");
        }
        return passphrase.toCharArray();
    }

    @ExceptionHandler(DatabaseNotEmptyException.class)
    ProblemDetail notEmpty(DatabaseNotEmptyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Database not empty");
        return problem;
    }

    @ExceptionHandler(BackupException.class)
    ProblemDetail refused(BackupException e) {
        String message = e.getMessage();
        for (String field : List.of("passphrase", "file")) {
            if (message.startsWith(field + ": ")) {
                return ApiProblems.invalid(List.of(new ApiProblems.FieldError(field, message.substring(field.length() + 2))));
            }
        }
        return ApiProblems.invalid(List.of(new ApiProblems.FieldError(message.contains("wrong passphrase") ? "passphrase" : "file",
                message)));
    }
}
