package org.defensor.dataset.internal;

import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationsTransfer;
import org.defensor.communications.CommunicationsTransfer.Pending;
import org.defensor.communications.ReplyData;
import org.defensor.records.RecordFilter;
import org.defensor.records.RecordService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** What export and import do with one kind of record of the dataset, whichever module keeps it. */
interface Kind<D> {

    Page<D> page(Pageable page);

    /** Checks the record as {@link #create} would; it may refer to the pending records of the same import. */
    void check(D data, Pending pending);

    void create(D data);

    static <D> Kind<D> of(RecordService<D> service) {
        return new Kind<>() {
            @Override
            public Page<D> page(Pageable page) {
                return service.list(RecordFilter.NONE, page);
            }

            @Override
            public void check(D data, Pending pending) {
                service.check(data, pending.ids());
            }

            @Override
            public void create(D data) {
                service.create(data);
            }
        };
    }

    static Kind<CommunicationData> communications(CommunicationsTransfer transfer) {
        return new Kind<>() {
            @Override
            public Page<CommunicationData> page(Pageable page) {
                return transfer.communications(page);
            }

            @Override
            public void check(CommunicationData data, Pending pending) {
                transfer.check(data, pending);
            }

            @Override
            public void create(CommunicationData data) {
                transfer.restore(data);
            }
        };
    }

    static Kind<ReplyData> replies(CommunicationsTransfer transfer) {
        return new Kind<>() {
            @Override
            public Page<ReplyData> page(Pageable page) {
                return transfer.replies(page);
            }

            @Override
            public void check(ReplyData data, Pending pending) {
                transfer.check(data, pending);
            }

            @Override
            public void create(ReplyData data) {
                transfer.restore(data);
            }
        };
    }
}
