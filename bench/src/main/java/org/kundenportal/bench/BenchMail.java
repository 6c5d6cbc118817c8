package org.kundenportal.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP server that catches the app's mails (GreenMail), alone: the local cluster (ops/cluster/run.sh) runs its
 * own Galera nodes and needs only this. Runs until the process is stopped.
 *
 * <p>Usage: {@code BenchMail --smtp-port 12526}
 */
public final class BenchMail {

    private BenchMail() {
    }

    public static void main(String[] arguments) throws InterruptedException {
        int port = BenchArgs.parse(arguments).integer("smtp-port", 12526);
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        System.out.println("BENCH MAIL READY on 127.0.0.1:" + port);
        Thread.currentThread().join();
    }
}
