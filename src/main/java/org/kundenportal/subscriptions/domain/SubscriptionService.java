package org.kundenportal.subscriptions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating subscriptions and recording that a portal user looked at one. */
@Service
public class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final DocumentNumbers numbers;
    private final HistoryLog history;

    public SubscriptionService(SubscriptionRepository subscriptions, DocumentNumbers numbers, HistoryLog history) {
        this.subscriptions = subscriptions;
        this.numbers = numbers;
        this.history = history;
    }

    @Transactional
    public String create(NewSubscription subscription, Long actorUserId) {
        String number = numbers.next(DocumentNumbers.Series.SUBSCRIPTION, subscription.startDate());
        long id = subscriptions.create(number, subscription, Formats.EURO);
        history.event(Subscription.ref(id), HistoryEvent.CREATED, actorUserId, null);
        return number;
    }

    /** A portal user opened the subscription: recorded once per user and day, so the history is not flooded. */
    @Transactional
    public void viewed(long subscriptionId, long userId) {
        Instant startOfDay = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!subscriptions.viewedSince(subscriptionId, userId, startOfDay)) {
            history.event(Subscription.ref(subscriptionId), HistoryEvent.VIEWED, userId, null);
        }
    }
}
