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

    /** The messages of the errors the validator found; empty when the file is valid. */
    public static List<String> errors(byte[] file, String name) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(file, name);
        List<String> errors = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(report.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            NodeList found = xml.getElementsByTagName("error");
            for (int i = 0; i < found.getLength(); i++) {
                errors.add(name + ": " + found.item(i).getTextContent().strip());
            }
        } catch (Exception unreadable) {
            errors.add(name + ": the validator's report could not be read");
        }
        if (errors.isEmpty() && !validator.wasCompletelyValid()) {
            errors.add(name + ": not valid");
        }
        return errors;
    }
}
