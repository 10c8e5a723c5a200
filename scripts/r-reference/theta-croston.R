# Reference numbers for src/engine/forecast/theta.ts and croston.ts from R's forecast package
# (run with R 4.2 / forecast 8.20):
#   Rscript scripts/r-reference/theta-croston.R
# writes tests/fixtures/forecast/r-theta-croston.json, which tests/engine/forecast/rReference.test.ts
# compares against. Only R's outputs are used (no code is ported from it).
suppressMessages(library(forecast))
library(jsonlite)

theta_case <- function(name, y, h) {
  f <- thetaf(y, h = h)
  d <- if (frequency(y) > 1) decompose(y, type = "multiplicative")$figure else NULL
  list(
    name = name,
    period = frequency(y),
    history = as.numeric(y),
    h = h,
    mean = as.numeric(f$mean),
    lower80 = as.numeric(f$lower[, 1]), upper80 = as.numeric(f$upper[, 1]),
    lower95 = as.numeric(f$lower[, 2]), upper95 = as.numeric(f$upper[, 2]),
    # decompose()'s figure: the multiplicative indices by position from the series' first month
    # (AirPassengers and USAccDeaths both start in January).
    seasonalIndices = if (is.null(d)) NULL else as.numeric(d)
  )
}

croston_case <- function(name, x, h) {
  f <- croston(x, h = h, alpha = 0.1)
  fitted <- as.numeric(f$fitted)
  list(name = name, history = x, h = h, alpha = 0.1,
       mean = as.numeric(f$mean),
       # R leaves the first fitted value NA (no forecast before the first month).
       fitted = ifelse(is.na(fitted), NA, fitted))
}

out <- list(
  generatedBy = paste(R.version.string, "forecast", as.character(packageVersion("forecast"))),
  theta = list(
    theta_case("AirPassengers", AirPassengers, 12),
    theta_case("USAccDeaths", USAccDeaths, 12),
    theta_case("Nile", Nile, 10)
  ),
  croston = list(
    croston_case("intermittent20", c(0, 0, 5, 0, 0, 3, 0, 7, 0, 0, 0, 4, 0, 6, 0, 0, 2, 0, 0, 8), 6),
    croston_case("demandFirstMonth", c(4, 0, 0, 6, 0, 1, 0, 0, 0, 9, 0, 3, 0, 0, 2), 6),
    croston_case("lumpy24", c(0, 0, 0, 40, 0, 0, 0, 0, 1, 0, 0, 25, 0, 0, 0, 0, 0, 3, 0, 60, 0, 0, 0, 2), 6)
  )
)
dir.create("tests/fixtures/forecast", showWarnings = FALSE, recursive = TRUE)
write_json(out, "tests/fixtures/forecast/r-theta-croston.json", digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null")
