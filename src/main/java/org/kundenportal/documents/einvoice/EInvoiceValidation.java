package org.kundenportal.documents.einvoice;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Runs the Mustang validator (XML schema, EN 16931 and XRechnung Schematron, veraPDF for PDF/A-3) on one file. */
public final class EInvoiceValidation {

    private EInvoiceValidation() {
    }

    /** What the validator found: errors make the file invalid, warnings are worth a look. */
    public record Findings(List<String> errors, List<String> warnings) {
    }

    /** The messages of the errors the validator found; empty when the file is valid. */
    public static List<String> errors(byte[] file, String name) {
        return findings(file, name).errors();
    }

    /** The validator's errors and warnings, each prefixed with the file's name. */
    public static Findings findings(byte[] file, String name) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(file, name);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(report.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            errors.addAll(messages(xml, "error", name));
            warnings.addAll(messages(xml, "warning", name));
        } catch (Exception unreadable) {
            errors.add(name + ": the validator's report could not be read");
        }
        if (errors.isEmpty() && !validator.wasCompletelyValid()) {
            errors.add(name + ": not valid");
        }
        return new Findings(List.copyOf(errors), List.copyOf(warnings));
    }

    private static List<String> messages(Document report, String element, String name) {
        List<String> messages = new ArrayList<>();
        NodeList found = report.getElementsByTagName(element);
        for (int i = 0; i < found.getLength(); i++) {
            messages.add(name + ": " + found.item(i).getTextContent().strip());
        }
        return messages;
    }
}
