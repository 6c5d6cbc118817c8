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

    public PdfLinks(Kind kind, String number) {
        String url = url(kind, number);
        Anchor download = new Anchor(url + "?download", getTranslation("documents.pdf.download"));
        download.getElement().setAttribute("download", number + ".pdf");
        download.getElement().setAttribute("router-ignore", true);
        download.addClassName("pdf-download");
        Button downloadButton = new Button(VaadinIcon.DOWNLOAD.create());
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

    public static String url(Kind kind, String number) {
        return "/documents/" + kind.path() + "/" + number + ".pdf";
    }
}
