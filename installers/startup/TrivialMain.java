/** The baseline of the command line's start-up: a JVM that starts from the same jar and does nothing. */
public class TrivialMain {
    public static void main(String[] args) {
        System.out.println("ok");
    }
}
