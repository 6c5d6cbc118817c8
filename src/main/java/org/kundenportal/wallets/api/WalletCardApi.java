package org.kundenportal.wallets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.contacts.api.ContactReferences;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.api.DocumentJson;
import org.kundenportal.integration.api.ExternalIds;
import org.kundenportal.integration.api.IntegrationApi;
import org.kundenportal.integration.api.PutAnswer;
import org.kundenportal.integration.api.NotFoundException;
import org.kundenportal.integration.api.RequestHash;
import org.kundenportal.wallets.domain.BookedTransaction;
import org.kundenportal.wallets.domain.NewWalletCard;
import org.kundenportal.wallets.domain.WalletCard;
import org.kundenportal.wallets.domain.WalletImport;
import org.kundenportal.wallets.domain.WalletRepository;
import org.kundenportal.wallets.domain.WalletService;
import org.kundenportal.wallets.domain.WalletTransaction;
import org.kundenportal.wallets.domain.WalletType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** E-wallets, gift cards and loyalty cards issued by the POS or web shop, and the transactions booked on them. */
@IntegrationApi
@Tag(name = "Wallet cards", description = "E-wallets, gift cards, loyalty cards (scope wallets:write to write)")
class WalletCardApi {

    @Schema(name = "WalletCardRequest", description = "balance for E_WALLET and GIFT_CARD, points for LOYALTY")
    record Request(@Schema(example = "CUST-1001") @NotBlank @Size(max = 100) String company,
                   @NotNull WalletType type,
                   @Schema(description = "printed on the card and in its QR code, unique", example = "GC-SONNE-9001")
                   @NotBlank @Size(max = 40) String code,
                   @Schema(example = "Sonnen-Treuepunkte") @Size(max = 100) String programName,
                   @Schema(example = "50.00") @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal balance,
                   @PositiveOrZero Integer points,
                   @Schema(example = "EUR") @Pattern(regexp = "[A-Z]{3}") String currency,
                   @Schema(description = "absent: never expires", example = "2027-12-31") LocalDate expiryDate,
                   @Schema(description = "false when absent") Boolean blocked,
                   @Valid UsableAt usableAt) {
    }

    @Schema(name = "WalletUsableAt", description = "where the card can be used; POS only when absent")
    record UsableAt(boolean pos, boolean sales, boolean webShop) {
    }

    @Schema(name = "WalletTransactionRequest", description = "amount for money cards, points for loyalty cards; "
            + "negative when spent")
    record TransactionRequest(@Schema(description = "the sending system's id of the booking: sent again, it is booked once",
                                      example = "TX-2026-000812") @NotBlank @Size(max = 100) String id,
                              @Schema(description = "today when absent") LocalDate date,
                              @Schema(description = "the POS's text, or one of TOP_UP, PURCHASE, WEB_SHOP_ORDER, GIFT_CARD_ISSUED, "
                                      + "REWARD_REDEEMED, which the portal shows in each reader's language",
                                      example = "PURCHASE") @NotBlank @Size(max = 200) String description,
                              @Schema(example = "-12.50") @Digits(integer = 13, fraction = 2) BigDecimal amount,
                              Integer points,
                              @Schema(example = "BON-2026-90001") @Size(max = 30) String receiptReference) {
    }

    @Schema(name = "WalletCard")
    record Resource(String externalId, String company, String companyName, WalletType type, String code,
                    String programName, BigDecimal balance, Integer points, String currency, LocalDate expiryDate,
                    @Schema(description = "ACTIVE, BLOCKED or EXPIRED") String state, UsableAt usableAt,
                    @Schema(description = "the newest ten, newest first") List<Transaction> lastTransactions) {
    }

    @Schema(name = "WalletTransaction")
    record Transaction(LocalDate date, String description, BigDecimal amount, Integer points, String receiptReference) {
    }

    @Schema(name = "WalletBooking", description = "the booked transaction and the card's balance after it")
    record Booking(String id, Transaction transaction, BigDecimal balance, Integer points) {
    }

    private static final String REQUEST = """
            {"company": "CUST-1001", "type": "GIFT_CARD", "code": "GC-SONNE-9001", "balance": 50.00, "currency": "EUR",
             "expiryDate": "2027-12-31", "usableAt": {"pos": true, "sales": false, "webShop": true}}""";
    private static final String RESOURCE = """
            {"externalId": "GIFT-9001", "company": "CUST-1001", "companyName": "Bäckerei Sonnenschein GmbH",
             "type": "GIFT_CARD", "code": "GC-SONNE-9001", "balance": 50.00, "currency": "EUR",
             "expiryDate": "2027-12-31", "state": "ACTIVE", "usableAt": {"pos": true, "sales": false, "webShop": true},
             "lastTransactions": []}""";
    private static final String TRANSACTION = """
            {"id": "TX-2026-000812", "date": "2026-12-06", "description": "Einkauf Kasse 1", "amount": -12.50,
             "receiptReference": "BON-2026-90001"}""";
    private static final String BOOKING = """
            {"id": "TX-2026-000812", "transaction": {"date": "2026-12-06", "description": "Einkauf Kasse 1",
             "amount": -12.50, "receiptReference": "BON-2026-90001"}, "balance": 37.50}""";

    private final WalletService service;
    private final WalletRepository wallets;
    private final ContactRepository contacts;
    private final ContactReferences references;
    private final RequestHash hash;

    WalletCardApi(WalletService service, WalletRepository wallets, ContactRepository contacts, ContactReferences references, RequestHash hash) {
        this.service = service;
        this.wallets = wallets;
        this.contacts = contacts;
        this.references = references;
        this.hash = hash;
    }

    @PutMapping("/api/v1/wallet-cards/{externalId}")
    @Operation(summary = "Issue or replace a card", description = "Idempotent. The balance (or points) sent is the "
            + "card's balance from now on; bookings through the transactions resource move it.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "gift card", value = REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Issued", content = @Content(
                            examples = @ExampleObject(name = "gift card", value = RESOURCE))),
                    @ApiResponse(responseCode = "200", description = "Replaced, or unchanged", content = @Content(
                            examples = @ExampleObject(name = "gift card", value = RESOURCE)))})
    ResponseEntity<Resource> put(@PathVariable String externalId, @Valid @RequestBody Request request) {
        ExternalIds.require(externalId);
        long companyId = references.company("company", request.company());
        UsableAt usable = request.usableAt() == null ? new UsableAt(true, false, false) : request.usableAt();
        NewWalletCard card = new NewWalletCard(companyId, request.type(), request.code().strip(), request.programName(),
                request.balance(), request.points(),
                DocumentJson.currency(request.currency()),
                request.expiryDate(), Boolean.TRUE.equals(request.blocked()), usable.pos(), usable.sales(), usable.webShop());
        Upserted written = service.put(new WalletImport(externalId, hash.of(request), card));
        return PutAnswer.of(written, resource(written.id()));
    }

    @GetMapping("/api/v1/wallet-cards/{externalId}")
    @Operation(summary = "Read a card with its last transactions", responses = @ApiResponse(responseCode = "200",
            description = "The card", content = @Content(examples = @ExampleObject(name = "gift card", value = RESOURCE))))
    Resource get(@PathVariable String externalId) {
        return resource(cardId(externalId));
    }

    @PostMapping("/api/v1/wallet-cards/{externalId}/transactions")
    @Operation(summary = "Book a transaction on a card", description = "A top-up, purchase or points booking. The "
            + "same transaction id sent again is booked once and answered 200 with what was booked. A booking that "
            + "would overdraw the card, spends on a blocked or expired card, or gives points to a money card is refused.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "purchase", value = TRANSACTION))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Booked", content = @Content(
                            examples = @ExampleObject(name = "purchase", value = BOOKING))),
                    @ApiResponse(responseCode = "200", description = "Booked before under this id", content = @Content(
                            examples = @ExampleObject(name = "purchase", value = BOOKING)))})
    ResponseEntity<Booking> book(@PathVariable String externalId, @Valid @RequestBody TransactionRequest request) {
        long cardId = cardId(externalId);
        WalletTransaction transaction = new WalletTransaction(
                request.date() == null ? LocalDate.now(Formats.ZONE) : request.date(), request.description().strip(),
                request.amount(), request.points(), request.receiptReference());
        BookedTransaction booked = service.book(cardId, request.id(), transaction);
        return ResponseEntity.status(booked.replayed() ? 200 : 201).body(new Booking(request.id(),
                transaction(booked.transaction()), booked.balance(), booked.points()));
    }

    private long cardId(String externalId) {
        return wallets.idOfExternal(externalId).orElseThrow(() -> new NotFoundException("wallet card", externalId));
    }

    private Resource resource(long id) {
        WalletCard card = wallets.find(id).orElseThrow();
        return new Resource(wallets.externalId(id), contacts.externalId(card.companyId()), card.companyName(),
                card.type(), card.code(), card.programName(), card.balance(), card.points(),
                card.currency().getCurrencyCode(), card.expiryDate(), card.state(LocalDate.now(Formats.ZONE)).name(),
                new UsableAt(card.usablePos(), card.usableSales(), card.usableWebShop()),
                wallets.lastTransactions(PortalScope.staff(), id).stream().map(WalletCardApi::transaction).toList());
    }

    private static Transaction transaction(WalletTransaction transaction) {
        return new Transaction(transaction.date(), transaction.description(), transaction.amount(),
                transaction.points(), transaction.receiptReference());
    }
}
