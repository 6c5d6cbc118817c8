package org.kundenportal.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * "Download PDF" and "Print" for a document page. The PDF lives at the stable, access-checked URL
 * {@code /documents/{kind}/{number}.pdf}; printing loads it into a hidden frame and opens the browser's print
 * dialog for it.
 */
public class PdfLinks extends HorizontalLayout {

    /** URL kinds of the documents that have a PDF. */
    public enum Kind {
        QUOTE("quote"), ORDER("order"), PURCHASE_ORDER("purchase-order"), INVOICE("invoice"), RECEIPT("receipt");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    private final Button downloadButton;
    private final String number;

    public PdfLinks(Kind kind, String number) {
        this.number = number;
        String url = url(kind, number);
        Anchor download = new Anchor(url + "?download", getTranslation("documents.pdf.download"));
        download.getElement().setAttribute("download", number + ".pdf");
        download.getElement().setAttribute("router-ignore", true);
        download.addClassName("pdf-download");
        downloadButton = new Button(VaadinIcon.DOWNLOAD.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        download.removeAll();
        download.add(downloadButton);
        downloadButton.setText(getTranslation("documents.pdf.download"));
        // on a phone the action bar shows only the icons (styles.css, "document pages"): the name stays
        downloadButton.setAriaLabel(getTranslation("documents.pdf.download"));

        Button print = new Button(getTranslation("documents.pdf.print"), VaadinIcon.PRINT.create(),
                // Chromium does not load the PDF viewer into a frame with display:none and prints a blank page,
                // so the frame is invisible instead; one frame at a time, however often Print is pressed
                click -> click.getSource().getElement().executeJs("""
                        document.querySelectorAll('iframe.pdf-print-frame').forEach(old => old.remove());
                        const frame = document.createElement('iframe');
                        frame.className = 'pdf-print-frame';
                        frame.setAttribute('aria-hidden', 'true');
                        frame.style.cssText = 'visibility:hidden;position:absolute;width:0;height:0;border:0';
                        frame.onload = () => { frame.contentWindow.focus(); frame.contentWindow.print(); };
                        frame.src = $0;
                        document.body.appendChild(frame);""", url));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.setAriaLabel(getTranslation("documents.pdf.print"));
        print.addClassName("pdf-print");
        add(download, print);
        setSpacing(false);
        addClassName("pdf-links");
    }

    /**
     * For a posted customer invoice: the PDF is a ZUGFeRD e-invoice, and its XRechnung (XML) is offered beside it for
     * customers whose accounts payable book XML only.
     */
    public PdfLinks eInvoice() {
        downloadButton.setText(getTranslation("documents.pdf.download-zugferd"));
        downloadButton.setAriaLabel(getTranslation("documents.pdf.download-zugferd"));
        Anchor xml = new Anchor("/documents/invoice/" + number + ".xml", "");
        xml.getElement().setAttribute("download", number + "-xrechnung.xml");
        xml.getElement().setAttribute("router-ignore", true);
        xml.addClassName("xrechnung-download");
        Button xmlButton = new Button(getTranslation("documents.pdf.download-xrechnung"), VaadinIcon.FILE_CODE.create());
        xmlButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        xmlButton.setAriaLabel(getTranslation("documents.pdf.download-xrechnung"));
        xml.add(xmlButton);
        addComponentAtIndex(1, xml);
        return this;
    }

    public static String url(Kind kind, String number) {
        return "/documents/" + kind.path() + "/" + number + ".pdf";
    }
}
