package org.defensor.dataset.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.defensor.dataset.Dataset;
import org.defensor.dataset.DatasetFormatException;
import org.defensor.dataset.DatasetTransfer;
import org.defensor.dataset.ImportReport;
import org.defensor.security.Access;
import org.defensor.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The whole dataset over HTTP: what {@code defensor export} and {@code defensor import} do, for a running server. */
@RestController
@RequestMapping("/api/v1/dataset")
class DatasetApi {

    private final DatasetTransfer transfer;

    DatasetApi(DatasetTransfer transfer) {
        this.transfer = transfer;
    }

    @GetMapping
    @PreAuthorize(Access.ADMIN)
    public Dataset export() {
        return transfer.export();
    }

    /** Imports a dataset; 200 with the report when it went in, 400 with every bad record when nothing did. */
    @PostMapping(consumes = "application/json")
    @PreAuthorize(Access.ADMIN)
    public ResponseEntity<ImportReport> importDataset(InputStream body, @RequestParam(defaultValue = "false") boolean partial)
            throws IOException {
        ImportReport report = transfer.importDataset(transfer.read(body, "request body"), partial);
        return ResponseEntity.status(report.committed() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(report);
    }

    @ExceptionHandler(DatasetFormatException.class)
    ProblemDetail unreadable(DatasetFormatException e) {
        return ApiProblems.invalid(List.of(new ApiProblems.FieldError("(body)", e.getMessage())));
    }
}
