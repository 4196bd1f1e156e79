-- wrk: GET /v1/seekers/{id}/matches?top=10 for seekers drawn at random
-- from the generated set (S000001 … S<SEEKERS>), with the bearer token.
local seekers = tonumber(os.getenv("SEEKERS") or "200000")
local token = os.getenv("TOKEN")

function init(args)
    math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
end

function request()
    local id = string.format("S%06d", math.random(1, seekers))
    return wrk.format("GET", "/v1/seekers/" .. id .. "/matches?top=10", { ["Authorization"] = "Bearer " .. token })
end
