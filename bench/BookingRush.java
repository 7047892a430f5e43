import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * bench/scheduling-booking.sh's rush: N bookings of one room, all overlapping (each an hour, the
 * i-th starting i x 30 s after the first), sent at once, alternately to each node given; prints
 * "STATUS count" per answer status, then the 409s without the conflicting booking, if any.
 * Usage: java BookingRush.java TOKEN ROOM FIRST_START N BASE_URL...
 */
public class BookingRush {
  public static void main(String[] args) throws Exception {
    String token = args[0];
    String room = args[1];
    Instant first = Instant.parse(args[2]);
    int n = Integer.parseInt(args[3]);
    List<String> nodes = List.of(args).subList(4, args.length);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < n; i++) {
        Instant starts = first.plusSeconds(30L * i);
        String body =
            "{\"purpose\":\"MEETING\",\"title\":\"Rush %d\",\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"resourceIds\":[\"%s\"]}"
                .formatted(i, starts, starts.plusSeconds(3600), room);
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(nodes.get(i % nodes.size()) + "/api/v1/bookings"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        answers.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
      }
      ready.await();
      go.countDown();
      TreeMap<Integer, Integer> statuses = new TreeMap<>();
      int withoutConflict = 0;
      TreeMap<Integer, String> samples = new TreeMap<>();
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        statuses.merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() != 201 && response.statusCode() != 409) {
          samples.putIfAbsent(response.statusCode(), response.uri() + " " + response.body());
        }
        if (response.statusCode() == 409 && !response.body().contains("\"bookingId\"")) {
          withoutConflict++;
        }
      }
      statuses.forEach((status, count) -> System.out.println("STATUS " + status + " " + count));
      System.out.println("WITHOUT_CONFLICT " + withoutConflict);
      samples.forEach(
          (status, body) ->
              System.out.println(
                  "SAMPLE " + status + " " + body.substring(0, Math.min(300, body.length()))));
    }
  }
}
