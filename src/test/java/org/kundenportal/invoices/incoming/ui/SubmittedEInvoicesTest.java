package org.kundenportal.invoices.incoming.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.invoices.incoming.ReceivedEInvoiceFixtures.notifications;
import static org.kundenportal.invoices.incoming.ReceivedEInvoiceFixtures.text;
import static org.kundenportal.db.Tables.RECEIVED_EINVOICE;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.invoices.incoming.ReceivedEInvoiceFixtures;
import org.kundenportal.invoices.incoming.ReceivedEInvoiceFixtures.Supplier;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceRow;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceService;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceState;
import org.kundenportal.users.domain.UserRepository;

/** A supplier's users hand in e-invoices on their invoices page and follow what became of them. */
class SubmittedEInvoicesTest extends KaribuTest {

    ReceivedEInvoiceFixtures fixtures;
    Supplier supplier;

    @BeforeEach
    void setUp() {
        fixtures = new ReceivedEInvoiceFixtures(context);
        supplier = fixtures.supplier();
        login(supplier.email());
        navigate("invoices");
    }


    private static List<ReceivedEInvoiceRow> rows() {
        Grid<ReceivedEInvoiceRow> grid = _get(SubmittedEInvoices.class).list().grid();
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private static void submit(String fileName, String mediaType, byte[] content) {
        _click(_get(Button.class, spec -> spec.withId("einvoice-upload-open")));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("einvoice-upload")), fileName, mediaType, content);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("einvoice-upload-submit")));
    }

    private int filesOfTheSupplier() {
        return context.getBean(DSLContext.class).fetchCount(RECEIVED_EINVOICE,
                RECEIVED_EINVOICE.SUPPLIER_COMPANY_ID.eq(supplier.companyId()));
    }

    @Test
    void aSupplierUploadsAnXRechnungAndSeesItReceived() {
        String number = ReceivedEInvoiceFixtures.uniqueNumber();
        assertThat(rows()).isEmpty();

        submit(number + ".xml", "application/xml", ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier, number)));

        assertThat(notifications()).containsExactly(text("einvoice.in.upload.done", number + ".xml"));
        assertThat(_find(EInvoiceUploadDialog.class)).isEmpty();
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.invoiceNumber()).isEqualTo(number);
            assertThat(row.state()).isEqualTo(ReceivedEInvoiceState.RECEIVED);
            assertThat(row.total()).isEqualByComparingTo("53.26");
        });
    }

    @Test
    void aFileThatIsNoEInvoiceIsRefusedWithItsReasonAndNothingIsStored() {
        submit("brief.xml", "application/xml",
                "<?xml version=\"1.0\"?><letter>Hallo</letter>".getBytes(StandardCharsets.UTF_8));

        String reason = text("einvoice.in.unreadable.not-invoice");
        assertThat(notifications()).containsExactly(reason);
        assertThat(_get(Span.class, spec -> spec.withId("einvoice-upload-status")).getText()).isEqualTo(reason);
        assertThat(_find(EInvoiceUploadDialog.class)).hasSize(1);
        assertThat(filesOfTheSupplier()).isZero();
    }

    @Test
    void theSupplierSeesWhatStaffDecidedAndNoOtherSuppliersFiles() {
        ReceivedEInvoiceService service = context.getBean(ReceivedEInvoiceService.class);
        long staff = context.getBean(UserRepository.class).findPrincipal(TestWorld.STAFF).orElseThrow().id();
        String posted = ReceivedEInvoiceFixtures.uniqueNumber();
        String rejected = ReceivedEInvoiceFixtures.uniqueNumber();
        service.post(service.upload(PortalScope.staff(), supplier.companyId(), "a.xml",
                ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier, posted)), supplier.userId()), staff);
        service.reject(service.upload(PortalScope.staff(), supplier.companyId(), "b.xml",
                ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier, rejected)), supplier.userId()),
                "Falscher Empfänger", staff);
        Supplier other = fixtures.supplier();
        service.upload(PortalScope.staff(), other.companyId(), "c.xml",
                ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(other, ReceivedEInvoiceFixtures.uniqueNumber())),
                other.userId());

        navigate("invoices");

        assertThat(rows()).extracting(ReceivedEInvoiceRow::invoiceNumber).containsExactlyInAnyOrder(posted, rejected);
        Grid<ReceivedEInvoiceRow> grid = _get(SubmittedEInvoices.class).list().grid();
        List<String> outcomes = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getFormatted(grid, row, "outcome")).toList();
        assertThat(outcomes).contains(text("einvoice.in.rejected-because", "Falscher Empfänger"))
                .anySatisfy(outcome -> assertThat(outcome).startsWith(text("einvoice.in.posted-as", "")));
    }
}
