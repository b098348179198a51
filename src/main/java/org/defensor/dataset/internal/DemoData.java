package org.defensor.dataset.internal;

import java.io.InputStream;
import java.io.PrintStream;
import org.defensor.dataset.DatasetTransfer;
import org.defensor.dataset.ImportReport;
import org.defensor.records.Incidents;
import org.defensor.records.RecordFilter;
import org.defensor.security.Accounts;
import org.defensor.security.Role;
import org.defensor.shared.Clearance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * With {@code defensor.demo=true}: loads the sample dataset built from the seed documents into an
 * empty database and creates demo accounts, printing their credentials.
 */
@Component
@Order(1)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@ConditionalOnProperty(name = "defensor.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String SAMPLE = "samples/demo.json";
    private static final PrintStream CONSOLE = System.out;

    private final DatasetTransfer transfer;
    private final Incidents incidents;
    private final Accounts accounts;

    DemoData(DatasetTransfer transfer, Incidents incidents, Accounts accounts) {
        this.transfer = transfer;
        this.incidents = incidents;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Clearance.asSystem(() -> {
            load();
            return null;
        });
    }

    private void load() {
        if (incidents.list(RecordFilter.NONE, PageRequest.of(0, 1)).getTotalElements() == 0) {
            try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
                ImportReport report = transfer.importDataset(transfer.read(in, SAMPLE), false);
                if (!report.committed()) {
                    throw new IllegalStateException("the demo dataset is invalid: " + report.problems());
                }
                CONSOLE.println("Demo data loaded: " + report.incidents() + " incidents, " + report.persons() + " persons, "
                        + report.organisations() + " organisations, " + report.sources() + " sources.");
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read " + SAMPLE, e);
            }
        }
        if (accounts.isEmpty()) {
            // Demo credentials are fixed and printed on purpose: the demo holds only public documents.
            for (Role role : Role.values()) {
                String name = role.name().toLowerCase();
                accounts.create(name, "demo-" + name + "-password", role);
            }
        }
        CONSOLE.println("Demo accounts: admin / demo-admin-password, editor / demo-editor-password, "
                + "viewer / demo-viewer-password");
    }
}
