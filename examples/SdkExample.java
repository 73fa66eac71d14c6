// SPDX-License-Identifier: Apache-2.0
// The Java SDK against a running server (./fora local), as the README shows it. Run with:
//   java -cp launcher/target/fora.jar examples/SdkExample.java [http://localhost:30000]
import io.fora.client.Fora;
import io.fora.client.PythonSource;
import io.fora.client.RemoteObject;
import io.fora.errors.ComputationError;
import java.util.List;
import java.util.concurrent.CompletionException;

public class SdkExample {
    static final String CODE = """
            def isPrime(p):
                if p < 2:
                    return False
                x = 2
                while x * x <= p:
                    if p % x == 0:
                        return False
                    x = x + 1
                return True
            """;

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://localhost:30000";
        try (var fora = Fora.connect(url)) {
            try {
                System.out.println("cluster: " + fora.cluster().join());
            } catch (CompletionException e) {
                System.err.println("no Fora server at " + url + " (" + e.getCause().getMessage() + "): start one with ./fora local,"
                        + " or pass its URL as the first argument");
                System.exit(3);
            }

            // define a function remotely, then use it in a remotely block
            RemoteObject isPrime = fora.define(PythonSource.of(CODE), "isPrime").join();
            long n = fora.remotely("n = sum(isPrime(x) for x in range(10**6))")
                         .bind("isPrime", isPrime).downloadAll().run().join().getLong("n");
            System.out.println("primes below 10**6: " + n);

            // a value that stays on the server, downloaded later
            RemoteObject squares = fora.call(PythonSource.of("def squares(n):\n    return [i * i for i in range(n)]\n"), "squares")
                                       .args(10).downloadNone().run().join().remote();
            List<?> local = squares.toLocal(List.class).join();
            System.out.println("squares: " + local);

            // a remote exception arrives as a ComputationError with the Python traceback
            try {
                fora.call(PythonSource.of("def f(x):\n    return 1 / x\n"), "f").args(0).run().join();
            } catch (CompletionException e) {
                ComputationError error = (ComputationError) e.getCause();
                System.out.println("remote " + error.remoteType() + " at line " + error.trace().getLast().line() + ": " + error.remoteMessage());
            }
        }
    }
}
