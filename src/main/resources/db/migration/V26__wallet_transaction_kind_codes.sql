-- The bilingual texts the demo POS booked ("Aufladung / Top-up") become the kinds' codes, which the portal shows in
-- each reader's language (WalletTransactionKind); texts a POS sent itself stay as they are.
UPDATE wallet_transaction SET description = 'TOP_UP' WHERE description = 'Aufladung / Top-up';
UPDATE wallet_transaction SET description = 'PURCHASE'
 WHERE description IN ('Einkauf / Purchase', 'Einkauf Kasse 1 / Purchase till 1', 'Einkauf Kasse 2 / Purchase till 2');
UPDATE wallet_transaction SET description = 'WEB_SHOP_ORDER' WHERE description = 'Einkauf Onlineshop / Web shop order';
UPDATE wallet_transaction SET description = 'GIFT_CARD_ISSUED' WHERE description = 'Geschenkkarte ausgestellt / Gift card issued';
UPDATE wallet_transaction SET description = 'REWARD_REDEEMED' WHERE description = 'Prämie eingelöst / Reward redeemed';
