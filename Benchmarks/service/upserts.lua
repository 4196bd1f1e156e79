-- wrk: PUT /v1/posts/{id} at a steady rate (RATE a second on one
-- connection), replacing generated posts P00001 … with a new offer.
local rate = tonumber(os.getenv("RATE") or "100")
local posts = tonumber(os.getenv("POSTS") or "20000")
local token = os.getenv("TOKEN")
local count = 0

function request()
    count = count + 1
    local id = string.format("P%05d", (count % posts) + 1)
    local body = string.format(
        '{"employer": "E0042", "lat": 30.2, "lon": 115.05, "wage_min": 4500, "wage_max": %d, ' ..
        '"requirements": [{"skill": "welding", "level": 3, "mandatory": true}]}', 6000 + count % 1000)
    return wrk.format("PUT", "/v1/posts/" .. id,
        { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

function delay()
    return 1000 / rate
end
