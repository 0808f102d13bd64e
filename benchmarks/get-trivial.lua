-- wrk script: GET a trivial endpoint with the API key in CDS_API_KEY (same security filter chain
-- and JSON writing as an evaluation, no rules), and print p50/p90/p99 in milliseconds.
wrk.method = "GET"
wrk.headers["X-API-Key"] = os.getenv("CDS_API_KEY")

-- the RESULT line, from the file next to this one
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "result.lua")
