package org.kundenportal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Fresh recovery codes, shown once, with a text file to keep them. */
class RecoveryCodeList extends Div {

    RecoveryCodeList(List<String> codes, String companyName) {
        addClassName("recovery-codes");
        Paragraph intro = new Paragraph(getTranslation("account.recovery-codes.intro"));
        UnorderedList list = new UnorderedList();
        list.addClassName("recovery-code-list");
        codes.forEach(code -> list.add(new ListItem(code)));
        byte[] file = (getTranslation("account.recovery-codes.file-title", companyName) + "\n\n"
                + String.join("\n", codes) + "\n").getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file), "recovery-codes.txt", "text/plain;charset=UTF-8", file.length)),
                AttachmentType.DOWNLOAD, getTranslation("account.recovery-codes.download"));
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        add(intro, list, download);
    }
}
