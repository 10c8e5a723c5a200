import { biasPct } from "./biasPct";
import type { ForecastPair } from "./forecastPair";
import { mad } from "./mad";
import { mape } from "./mape";
import { mpe } from "./mpe";
import { nfm } from "./nfm";
import { rsfe } from "./rsfe";
import { trackingSignal } from "./trackingSignal";
import type { ForecastAccuracy } from "./types";
import { wmape } from "./wmape";

/** Every accuracy and bias figure of one forecast, from its complete pairs. */
export function forecastAccuracy(pairs: readonly ForecastPair[]): ForecastAccuracy {
  return {
    n: pairs.length,
    rsfe: rsfe(pairs),
    mad: mad(pairs),
    trackingSignal: trackingSignal(pairs),
    mpe: mpe(pairs),
    mape: mape(pairs),
    wmape: wmape(pairs),
    biasPct: biasPct(pairs),
    nfm: nfm(pairs),
  };
}
