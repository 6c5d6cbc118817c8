package org.kundenportal.invoices.incoming.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.invoices.incoming.ReceivedEInvoiceFixtures.notifications;
import static org.kundenportal.invoices.incoming.ReceivedEInvoiceFixtures.text;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.NotFoundView;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.documents.ui.LinesTable;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.incoming.ReceivedEInvoiceFixtures;
import org.kundenportal.invoices.incoming.ReceivedEInvoiceFixtures.Supplier;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoice;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceRepository;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceRow;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceService;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceState;

class StaffReceivedEInvoiceViewTest extends KaribuTest {

    ReceivedEInvoiceFixtures fixtures;
    Supplier supplier;
    ReceivedEInvoiceRepository files;

    @BeforeEach
    void setUp() {
        fixtures = new ReceivedEInvoiceFixtures(context);
        supplier = fixtures.supplier();
        files = context.getBean(ReceivedEInvoiceRepository.class);
        login(TestWorld.STAFF);
    }

    private long received(String number, byte[] file) {
        return context.getBean(ReceivedEInvoiceService.class).upload(PortalScope.staff(), supplier.companyId(),
                number + ".xml", file, supplier.userId());
    }

    private long receivedXRechnung(String number) {
        return received(number, ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier, number)));
    }

    private ReceivedEInvoice file(long id) {
        return files.find(id, PortalScope.staff()).orElseThrow();
    }


    private static String spanText(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void staffSeeWhatWasReadAndPostItAsAVendorBill() {
        String number = ReceivedEInvoiceFixtures.uniqueNumber();
        long id = receivedXRechnung(number);

        navigate("staff/incoming-invoices/" + id);

        StaffReceivedEInvoiceView page = _get(StaffReceivedEInvoiceView.class);
        assertThat(page.getPageTitle()).isEqualTo(text("einvoice.in.page.title", number));
        assertThat(_find(LinesTable.class)).hasSize(1);
        assertThat(spanText("received-einvoice-sha256")).isEqualTo(file(id).sha256());
        assertThat(spanText("received-einvoice-intact")).isEqualTo(text("einvoice.in.original.intact"));
        assertThat(spanText("received-einvoice-iban")).contains("DE02120300000000202051");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(text("einvoice.in.checks.none"));
        assertThat(_find(Anchor.class, spec -> spec.withId("received-einvoice-download"))).hasSize(1);

        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("received-einvoice-post")));

        ReceivedEInvoice posted = file(id);
        assertThat(posted.state()).isEqualTo(ReceivedEInvoiceState.POSTED);
        assertThat(notifications()).containsExactly(text("einvoice.in.posted", posted.billNumber()));
        assertThat(_get(Anchor.class, spec -> spec.withId("received-einvoice-bill")).getHref())
                .isEqualTo("staff/invoices/" + posted.billNumber());
        assertThat(_find(Button.class, spec -> spec.withId("received-einvoice-post"))).isEmpty();
        assertThat(context.getBean(InvoiceRepository.class).find(posted.billNumber(), PortalScope.staff(), true)
                .orElseThrow().total()).isEqualByComparingTo("53.26");

        // the bill leads back to the file it was posted from
        navigate("staff/invoices/" + posted.billNumber());
        assertThat(_get(Anchor.class, spec -> spec.withId("invoice-received-einvoice")).getHref())
                .isEqualTo("staff/incoming-invoices/" + id);
    }

    @Test
    void staffRejectWithAReasonTheSupplierSees() {
        String number = ReceivedEInvoiceFixtures.uniqueNumber();
        long id = receivedXRechnung(number);
        navigate("staff/incoming-invoices/" + id);

        _click(_get(Button.class, spec -> spec.withId("received-einvoice-reject")));
        _click(_get(Button.class, spec -> spec.withId("received-einvoice-reject-confirm")));
        assertThat(file(id).state()).as("a reason is required").isEqualTo(ReceivedEInvoiceState.RECEIVED);

        _setValue(_get(TextArea.class, spec -> spec.withId("received-einvoice-reject-reason")), "Bestellnummer fehlt.");
        _click(_get(Button.class, spec -> spec.withId("received-einvoice-reject-confirm")));

        assertThat(file(id).state()).isEqualTo(ReceivedEInvoiceState.REJECTED);
        assertThat(file(id).rejectionReason()).isEqualTo("Bestellnummer fehlt.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("received-einvoice-reason")).getText())
                .isEqualTo(text("einvoice.in.rejected-because", "Bestellnummer fehlt."));
    }

    @Test
    void totalsThatDoNotAddUpAreShownAndStopThePosting() {
        String number = ReceivedEInvoiceFixtures.uniqueNumber();
        byte[] wrong = new String(ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier, number)),
                java.nio.charset.StandardCharsets.UTF_8).replace(">53.26<", ">63.26<")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long id = received(number, wrong);
        navigate("staff/incoming-invoices/" + id);

        assertThat(_find(ListItem.class, spec -> spec.withClasses("received-einvoice-blocking")))
                .extracting(ListItem::getText)
                .contains(text("einvoice.in.check.gross", "63.26 EUR", "53.26 EUR"));

        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("received-einvoice-post")));

        assertThat(notifications()).containsExactly(text("einvoice.in.totals-mismatch"));
        assertThat(file(id).state()).isEqualTo(ReceivedEInvoiceState.RECEIVED);
    }

    @Test
    void theListShowsReceivedFilesAndStaffUploadForAChosenSupplier() {
        String waiting = ReceivedEInvoiceFixtures.uniqueNumber();
        receivedXRechnung(waiting);
        navigate("staff/incoming-invoices");
        StaffReceivedEInvoicesView list = _get(StaffReceivedEInvoicesView.class);
        Grid<ReceivedEInvoiceRow> grid = list.list().grid();
        _setValue(list.list().stateFilter(), Optional.of(ReceivedEInvoiceState.RECEIVED));
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).extracting(ReceivedEInvoiceRow::invoiceNumber)
                .contains(waiting);

        String number = ReceivedEInvoiceFixtures.uniqueNumber();
        byte[] pdf = ReceivedEInvoiceFixtures.zugferdPdf(fixtures.invoice(supplier, number));
        _click(_get(Button.class, spec -> spec.withId("einvoice-upload-open")));
        @SuppressWarnings("unchecked")
        ComboBox<ContactOption> chooser = _get(ComboBox.class, spec -> spec.withId("einvoice-upload-supplier"));
        _setValue(chooser, new ContactOption(supplier.companyId(), supplier.name()));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("einvoice-upload")), "rechnung.pdf",
                "application/pdf", pdf);
        _click(_get(Button.class, spec -> spec.withId("einvoice-upload-submit")));

        StaffReceivedEInvoiceView page = _get(StaffReceivedEInvoiceView.class);
        assertThat(page.getPageTitle()).isEqualTo(text("einvoice.in.page.title", number));
        assertThat(files.page(PortalScope.staff(), null, 0, 50, List.of())).filteredOn(row -> row.invoiceNumber()
                .equals(number)).singleElement().satisfies(row -> {
                    assertThat(row.fileName()).isEqualTo("rechnung.pdf");
                    assertThat(row.supplierName()).isEqualTo(supplier.name());
                });
    }

    @Test
    void anUnknownFileIsNotFound() {
        navigate("staff/incoming-invoices/999999999");
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }
}
