# The carparts references of the forecast bench, on the same split as our bench (history / test of
# tests/data/forecast/carparts-dev.csv): Croston alpha = 0.1, SBA = Croston x 0.95, TSB alpha = beta = 0.1
# started from the history's demand rate and mean size, ETS(A,N,N) by maximum likelihood.
# RMSSE (M5): sqrt(mean squared test error / mean squared one-step naive difference in the history).
# Run: Rscript scripts/r-reference/carparts-references.R  (R >= 4.2, forecast 8.20, jsonlite)
suppressMessages({ library(forecast); library(jsonlite) })
d <- read.csv("tests/data/forecast/carparts-dev.csv", stringsAsFactors = FALSE)
tsb <- function(y, h, alpha = 0.1, beta = 0.1) {
  p <- mean(y > 0); z <- if (any(y > 0)) mean(y[y > 0]) else 0
  for (v in y) { if (v > 0) { p <- p + beta * (1 - p); z <- z + alpha * (v - z) } else p <- p - beta * p }
  rep(p * z, h)
}
rmsse <- function(y, a, f) sqrt(mean((a - f)^2) / mean(diff(y)^2))
out <- lapply(seq_len(nrow(d)), function(i) {
  y <- as.numeric(strsplit(d$history[i], " ")[[1]]); a <- as.numeric(strsplit(d$test[i], " ")[[1]]); h <- length(a)
  cr <- as.numeric(croston(y, h = h, alpha = 0.1)$mean)
  f <- list(croston = cr, sba = cr * 0.95, tsb = tsb(y, h), ann = as.numeric(forecast(ets(y, model = "ANN"), h = h)$mean))
  list(id = d$id[i], rmsse = lapply(f, function(x) rmsse(y, a, x)))
})
mean_of <- function(k) mean(sapply(out, function(o) o$rmsse[[k]]))
res <- list(
  source = "R forecast 8.20: croston(alpha = 0.1), SBA = Croston x 0.95, TSB (a few lines), ets(model = 'ANN')",
  series = length(out),
  meanRmsse = list(croston = mean_of("croston"), sba = mean_of("sba"), tsb = mean_of("tsb"), ann = mean_of("ann")),
  perSeries = out
)
write_json(res, "tests/fixtures/forecast/carparts-references.json", auto_unbox = TRUE, digits = 10, pretty = FALSE)
print(unlist(res$meanRmsse))
