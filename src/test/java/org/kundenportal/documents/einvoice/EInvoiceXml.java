package org.kundenportal.documents.einvoice;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads an e-invoice's XML by paths of local names, e.g. "ExchangedDocument/ID", whatever the namespaces. */
public final class EInvoiceXml {

    private EInvoiceXml() {
    }

    public static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Text of the first element with that path. */
    public static String text(Document xml, String path) throws Exception {
        return xpath().evaluate(localNames(path), xml);
    }

    public static NodeList nodes(Document xml, String path) throws Exception {
        return (NodeList) xpath().evaluate(localNames(path), xml, XPathConstants.NODESET);
    }

    public static List<String> texts(Document xml, String path) throws Exception {
        NodeList found = nodes(xml, path);
        return IntStream.range(0, found.getLength()).mapToObj(i -> found.item(i).getTextContent().strip()).toList();
    }

    public static List<String> attributes(Document xml, String path, String attribute) throws Exception {
        NodeList found = nodes(xml, path);
        return IntStream.range(0, found.getLength())
                .mapToObj(i -> found.item(i).getAttributes().getNamedItem(attribute).getNodeValue()).toList();
    }

    public static XPath xpath() {
        return XPathFactory.newInstance().newXPath();
    }

    private static String localNames(String path) {
        StringBuilder expression = new StringBuilder();
        for (String step : path.split("/")) {
            expression.append(step.startsWith("@") ? "/" + step : "//*[local-name()='" + step + "']");
        }
        return expression.toString();
    }
}
