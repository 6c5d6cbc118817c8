package org.kundenportal.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The client side of one Vaadin Flow UI as the load needs it, speaking the protocol Vaadin 25's browser client
 * speaks (recorded from Chromium against this app): the UI is created by {@code GET ?v-r=init}, whose JSON
 * carries {@code v-uiId}, the {@code Vaadin-Security-Key} and the first UIDL; every round trip is a
 * {@code POST ?v-r=uidl&v-uiId=N} with {@code csrfToken}, {@code rpc}, the last {@code syncId} received and an
 * increasing {@code clientId}. The state tree is mirrored as far as the journey needs it (tags, attributes,
 * texts, class names, children, listeners) so that components are found by what the user sees, not by fixed
 * node ids; grid rows are read from the connector calls that carry them.
 * <p>
 * Not thread-safe: one per virtual user, used by one request at a time. Each response is checked for what a
 * browser would show as a failure (an app error, an expired session, a resynchronisation, out-of-order ids).
 */
final class VaadinUi {

    static final String OK = "ok";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    // node features of Flow's state tree (com.vaadin.flow.internal.nodefeature.NodeFeatures)
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int ELEMENT_LISTENERS = 4;
    private static final int TEXT_NODE = 7;
    private static final int CLASS_LIST = 11;
    private static final int VIRTUAL_CHILDREN = 24;
    /** Only these features are kept; properties and styles would cost the load generator memory for nothing. */
    private static final int[] KEPT = {ELEMENT_DATA, ELEMENT_CHILDREN, ELEMENT_ATTRIBUTES, ELEMENT_LISTENERS,
            TEXT_NODE, CLASS_LIST, VIRTUAL_CHILDREN};

    /** One grid row as the grid connector received it: the item key the server knows it by, its first column. */
    record Row(String key, String firstColumn) {
    }

    private static final class Node {
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>(4);
        final Map<Integer, List<JsonNode>> lists = new HashMap<>(2);

        String value(int feature, String key) {
            Map<String, JsonNode> map = maps.get(feature);
            JsonNode value = map == null ? null : map.get(key);
            return value == null || value.isNull() ? null : value.asText();
        }

        List<JsonNode> list(int feature) {
            return lists.getOrDefault(feature, List.of());
        }
    }

    private int uiId = -1;
    private String csrfToken;
    private int lastSyncId = -1;
    private int nextClientId;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<Integer, Integer> promises = new HashMap<>();
    /** Grid node → its rows by index, from the last ranges the server sent. */
    private final Map<Integer, Map<Integer, Row>> gridRows = new HashMap<>();
    private final Map<Integer, Integer> gridSizes = new HashMap<>();
    /** Grid node → update id the server asked the client to confirm, as the browser does right after rendering. */
    private final Map<Integer, Integer> pendingConfirms = new LinkedHashMap<>();

    int uiId() {
        return uiId;
    }

    /** Forgets everything: the next page load creates a new UI. */
    void reset() {
        uiId = -1;
        csrfToken = null;
        lastSyncId = -1;
        nextClientId = 0;
        nodes.clear();
        promises.clear();
        gridRows.clear();
        gridSizes.clear();
        pendingConfirms.clear();
    }

    /** Query of the {@code v-r=init} request for a route, with the browser details Chromium sends. */
    static String initQuery(String route) {
        return "/?v-r=init&location=" + route + "&query=&v-sh=900&v-sw=1440&v-wh=800&v-ww=1440&v-bh=800&v-bw=1440"
                + "&v-curdate=" + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC"
                + "&v-wn=v-" + Math.random() + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE"
                + "&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=GRANTED&v-wla=SUPPORTED&v-ws=false";
    }

    /** Takes the answer to {@code v-r=init}; returns {@link #OK} or what is wrong with it. */
    String init(String body) {
        reset();
        try {
            JsonNode root = JSON.readTree(body);
            if (root.hasNonNull("errors")) {
                return "init errors: " + abbreviate(root.get("errors").toString());
            }
            JsonNode config = root.path("appConfig");
            JsonNode uidl = config.path("uidl");
            if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
                return "init without v-uiId or Vaadin-Security-Key";
            }
            uiId = config.get("v-uiId").asInt();
            csrfToken = uidl.get("Vaadin-Security-Key").asText();
            return apply(uidl, false);
        } catch (Exception e) {
            return "init not JSON: " + abbreviate(body);
        }
    }

    /** The body of the next UIDL request carrying the given calls; counts the client id up. */
    String request(List<ObjectNode> rpcs) {
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode array = message.putArray("rpc");
        rpcs.forEach(array::add);
        message.put("syncId", lastSyncId);
        message.put("clientId", nextClientId++);
        return message.toString();
    }

    /**
     * Takes the answer to a UIDL request; returns {@link #OK} or what is wrong with it.
     *
     * @param sessionEnds whether the request ends the session (logout), where "session expired" is the success
     */
    String accept(String body, boolean sessionEnds) {
        try {
            JsonNode root = JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
            if (root.isArray()) {
                root = root.get(0);
            }
            return apply(root, sessionEnds);
        } catch (Exception e) {
            return "response not UIDL: " + abbreviate(body);
        }
    }

    private String apply(JsonNode uidl, boolean sessionEnds) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError")) {
            return "appError: " + abbreviate(meta.get("appError").toString());
        }
        if (uidl.path("resynchronize").asBoolean(false) || meta.path("resynchronize").asBoolean(false)) {
            return "resynchronize";
        }
        if (meta.path("sessionExpired").asBoolean(false) != sessionEnds) {
            return sessionEnds ? "session did not end" : "session expired";
        }
        if (!uidl.has("syncId")) {
            return "no syncId";
        }
        int syncId = uidl.get("syncId").asInt();
        if (syncId != lastSyncId + 1) {
            return "syncId " + syncId + " after " + lastSyncId;
        }
        lastSyncId = syncId;
        if (uidl.has("clientId") && uidl.get("clientId").asInt() != nextClientId) {
            return "server expects clientId " + uidl.get("clientId").asInt() + ", next is " + nextClientId;
        }
        pendingConfirms.clear();
        for (JsonNode change : uidl.path("changes")) {
            applyChange(change);
        }
        Set<Integer> refreshed = new HashSet<>();
        for (JsonNode call : uidl.path("execute")) {
            readGridCall(call, refreshed);
        }
        return OK;
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asText();
        switch (type) {
            case "attach" -> nodes.computeIfAbsent(id, ignored -> new Node());
            case "detach" -> {
                nodes.remove(id);
                gridRows.remove(id);
                gridSizes.remove(id);
            }
            default -> {
                int feature = change.path("feat").asInt(-1);
                Node node = nodes.get(id);
                if (node == null || !kept(feature)) {
                    return;
                }
                switch (type) {
                    case "put" -> node.maps.computeIfAbsent(feature, ignored -> new HashMap<>(4))
                            .put(change.path("key").asText(), change.has("nodeValue") ? change.get("nodeValue")
                                    : change.path("value"));
                    case "remove" -> {
                        Map<String, JsonNode> map = node.maps.get(feature);
                        if (map != null) {
                            map.remove(change.path("key").asText());
                        }
                    }
                    case "splice" -> splice(node.lists.computeIfAbsent(feature, ignored -> new ArrayList<>()), change);
                    case "clear" -> node.lists.remove(feature);
                    default -> {
                        // "empty" only creates the feature
                    }
                }
            }
        }
    }

    private static boolean kept(int feature) {
        for (int kept : KEPT) {
            if (kept == feature) {
                return true;
            }
        }
        return false;
    }

    private static void splice(List<JsonNode> list, JsonNode change) {
        int index = Math.min(change.path("index").asInt(), list.size());
        int remove = Math.min(change.path("remove").asInt(0), list.size() - index);
        for (int i = 0; i < remove; i++) {
            list.remove(index);
        }
        JsonNode added = change.has("addNodes") ? change.get("addNodes") : change.path("add");
        int at = index;
        for (JsonNode value : added) {
            list.add(at++, value);
        }
    }

    /** Rows, size and update confirmations of grids arrive as calls of the grid connector. */
    private void readGridCall(JsonNode call, Set<Integer> refreshed) {
        if (!call.isArray() || call.size() < 2) {
            return;
        }
        String script = call.get(call.size() - 1).asText();
        int grid = call.get(0).path("@v-node").asInt(-1);
        if (grid < 0) {
            return;
        }
        if (script.equals("return $0.$connector.set($1,$2)") && call.size() == 4) {
            Map<Integer, Row> rows = gridRows.computeIfAbsent(grid, ignored -> new HashMap<>());
            if (refreshed.add(grid)) {
                // the rows of earlier responses have left the viewport and the server's key mapper
                rows.clear();
            }
            int index = call.get(1).asInt();
            for (JsonNode item : call.get(2)) {
                rows.put(index++, new Row(item.path("key").asText(), item.path("col0").asText()));
            }
        } else if (script.equals("return $0.$connector.updateSize($1)")) {
            gridSizes.put(grid, call.get(1).asInt());
        } else if (script.equals("return $0.$connector.confirm($1)")) {
            pendingConfirms.put(grid, call.get(1).asInt());
        }
    }

    // ---- what the user does, as the browser client sends it ----

    /** A click on a router link (side navigation, anchors): the client-side router tells the server. */
    ObjectNode navigate(String route) {
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", route.isEmpty() ? "" : "client");
        return event(1, "ui-navigate", data);
    }

    /** The browser's answer to grid updates it has rendered; empty when the last response asked for none. */
    List<ObjectNode> confirmations() {
        List<ObjectNode> calls = new ArrayList<>();
        pendingConfirms.forEach((grid, update) -> calls.add(serverCall(grid, "confirmUpdate", NODES.numberNode(update))));
        return calls;
    }

    boolean hasConfirmations() {
        return !pendingConfirms.isEmpty();
    }

    /** Scrolling a grid: the connector asks for the rows of the new viewport. */
    ObjectNode viewportRange(int grid, int start, int length) {
        return serverCall(grid, "setViewportRange", NODES.numberNode(start), NODES.numberNode(length));
    }

    /** A click on a grid row: selection, details and the item-click event, in one request as Chromium sends it. */
    List<ObjectNode> clickRow(int grid, String key) {
        ObjectNode detail = mouse("event.detail.");
        detail.put("event.detail.itemKey", key);
        detail.put("event.detail.internalColumnId", "col0");
        return List.of(serverCall(grid, "select", NODES.textNode(key)),
                serverCall(grid, "setDetailsVisible", NODES.textNode(key)),
                event(grid, "item-click", detail));
    }

    /** A click on an element with a click listener (buttons, menu items). */
    ObjectNode click(int node) {
        return event(node, "click", mouse("event."));
    }

    private static ObjectNode mouse(String prefix) {
        ObjectNode data = NODES.objectNode();
        for (String flag : List.of("shiftKey", "metaKey", "ctrlKey", "altKey")) {
            data.put(prefix + flag, false);
        }
        for (String number : List.of("detail", "clientX", "clientY", "button", "screenX", "screenY")) {
            data.put(prefix + number, 0);
        }
        return data;
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private ObjectNode serverCall(int node, String method, JsonNode... args) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        ArrayNode array = rpc.putArray("templateEventMethodArgs");
        for (JsonNode arg : args) {
            array.add(arg);
        }
        rpc.put("promise", promises.merge(node, 1, Integer::sum));
        return rpc;
    }

    // ---- finding what the user sees ----

    /** The grid with the given class name, if the current view shows one. */
    Optional<Integer> grid(String className) {
        return find(node -> "vaadin-grid".equals(node.value(ELEMENT_DATA, "tag")) && hasClass(node, className));
    }

    Map<Integer, Row> rows(int grid) {
        return gridRows.getOrDefault(grid, Map.of());
    }

    int size(int grid) {
        return gridSizes.getOrDefault(grid, 0);
    }

    /** An element of the given tag with a click listener whose text is one of the given ones. */
    Optional<Integer> clickable(String tag, Predicate<String> text) {
        return find(node -> tag.equals(node.value(ELEMENT_DATA, "tag"))
                && node.maps.getOrDefault(ELEMENT_LISTENERS, Map.of()).containsKey("click")
                && text.test(text(node)));
    }

    /** An element of the given tag with a click listener that carries the given attribute. */
    Optional<Integer> clickableWith(String tag, String attribute) {
        return find(node -> tag.equals(node.value(ELEMENT_DATA, "tag"))
                && node.maps.getOrDefault(ELEMENT_LISTENERS, Map.of()).containsKey("click")
                && node.value(ELEMENT_ATTRIBUTES, attribute) != null);
    }

    /** Whether an anchor links to the given address (as the PDF download link does). */
    boolean linksTo(String href) {
        return find(node -> "a".equals(node.value(ELEMENT_DATA, "tag"))
                && href.equals(node.value(ELEMENT_ATTRIBUTES, "href"))).isPresent();
    }

    private Optional<Integer> find(Predicate<Node> predicate) {
        return nodes.entrySet().stream().filter(entry -> predicate.test(entry.getValue())).map(Map.Entry::getKey)
                .min(Integer::compare);
    }

    private static boolean hasClass(Node node, String className) {
        return node.list(CLASS_LIST).stream().anyMatch(value -> className.equals(value.asText()));
    }

    private String text(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text, 0);
        return text.toString().strip();
    }

    private void appendText(Node node, StringBuilder text, int depth) {
        String own = node.value(TEXT_NODE, "text");
        if (own != null) {
            text.append(own);
        }
        if (depth > 20) {
            return;
        }
        for (JsonNode child : node.list(ELEMENT_CHILDREN)) {
            Node childNode = nodes.get(child.asInt());
            if (childNode != null) {
                appendText(childNode, text, depth + 1);
            }
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
