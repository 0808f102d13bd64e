-- wrk script: POST one case (the file named by CDS_CASE_FILE) with the API key in CDS_API_KEY,
-- and print p50/p90/p99 in milliseconds at the end.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("CDS_API_KEY")
local file = assert(io.open(os.getenv("CDS_CASE_FILE"), "r"))
wrk.body = file:read("*a")
file:close()

-- the RESULT line, from the file next to this one
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "result.lua")
