# Reference forecasts from R's forecast package on the same splits as bench/forecast.ts.
#   Rscript bench/forecast-r.R TRAIN.csv H FREQ OUT.csv [methods=ets,arima,theta]
# TRAIN has series,t,value; OUT gets series,method,h,mean,lo80,hi80,lo95,hi95 and a line per
# method with the seconds spent (method "time:<name>", mean = seconds).
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
train <- read.csv(args[1], stringsAsFactors = FALSE)
h <- as.integer(args[2]); freq <- as.integer(args[3]); out <- args[4]
methods <- if (length(args) >= 5) strsplit(args[5], ",")[[1]] else c("ets", "arima", "theta")
ids <- unique(train$series)
rows <- list(); secs <- setNames(numeric(length(methods)), methods)
one <- function(fc, id, m) {
  data.frame(series = id, method = m, h = seq_len(h), mean = as.numeric(fc$mean),
             lo80 = as.numeric(fc$lower[, 1]), hi80 = as.numeric(fc$upper[, 1]),
             lo95 = as.numeric(fc$lower[, 2]), hi95 = as.numeric(fc$upper[, 2]))
}
for (id in ids) {
  d <- train[train$series == id, ]
  y <- ts(d$value[order(d$t)], frequency = freq)
  for (m in methods) {
    t0 <- proc.time()[["elapsed"]]
    fc <- tryCatch(switch(m,
      ets = forecast(ets(y), h = h, level = c(80, 95)),
      arima = forecast(auto.arima(y), h = h, level = c(80, 95)),
      theta = thetaf(y, h = h, level = c(80, 95))),
      error = function(e) naive(y, h = h, level = c(80, 95)))
    secs[[m]] <- secs[[m]] + proc.time()[["elapsed"]] - t0
    rows[[length(rows) + 1]] <- one(fc, id, m)
  }
}
res <- do.call(rbind, rows)
timing <- data.frame(series = "", method = paste0("time:", methods), h = 0, mean = as.numeric(secs),
                     lo80 = NA, hi80 = NA, lo95 = NA, hi95 = NA)
write.csv(rbind(res, timing), out, row.names = FALSE, quote = TRUE)
