package nl.netwerkregie.query.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.IndicatorCode;
import nl.netwerkregie.values.IndicatorPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Wijkprofiel", description = "The wijkprofiel indicators of a buurt over time")
class IndicatorController {
    private final IndicatorDirectory directory;

    IndicatorController(IndicatorDirectory directory) {
        this.directory = directory;
    }

    @GetMapping(value = "/v1/municipalities/{municipality}/buurten/{buurt}/indicators", produces = "application/json")
    @Operation(
            summary = "The wijkprofiel indicators of a buurt over time",
            description = "Per indicator (by code) its values by period and source level, periods in order; of values "
                    + "uploaded more than once for a period and level the latest upload counts. Filter by indicator "
                    + "and by period (from, to: a year, quarter or month, compared as text).")
    IndicatorsView indicators(
            @PathVariable String municipality,
            @PathVariable String buurt,
            @Parameter(description = "an indicator code") @RequestParam(required = false) String indicator,
            @Parameter(description = "the first period, e.g. 2013") @RequestParam(required = false) String from,
            @Parameter(description = "the last period, e.g. 2015-Q4") @RequestParam(required = false) String to) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        BuurtCode bu = in.required("buurt", buurt, BuurtCode::new);
        IndicatorCode code = in.optional("indicator", indicator, IndicatorCode::new);
        IndicatorPeriod first = in.optional("from", from, IndicatorPeriod::new);
        IndicatorPeriod last = in.optional("to", to, IndicatorPeriod::new);
        in.throwIfInvalid();
        if (!bu.belongsTo(gm)) {
            throw new InvalidInputException("buurt", "does not lie in " + gm);
        }
        List<IndicatorsView.Series> series = directory.series(
                gm.value(),
                bu.value(),
                code == null ? null : code.value(),
                first == null ? null : first.value(),
                last == null ? null : last.value());
        return new IndicatorsView(gm.value(), bu.value(), series);
    }
}
