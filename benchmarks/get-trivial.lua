-- wrk script: GET a trivial endpoint with the API key in CDS_API_KEY (same security filter chain
-- and JSON writing as an evaluation, no rules), and print p50/p90/p99 in milliseconds.
wrk.method = "GET"
wrk.headers["X-API-Key"] = os.getenv("CDS_API_KEY")

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    errors))
end
