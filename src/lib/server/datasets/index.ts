/**
 * The registry of every dataset the views show: one id → one builder. Pages call the
 * builders directly; /api/v1/data/<id>.<json|csv|xlsx|svg> serves the same datasets, so a
 * download always matches what is on screen.
 */
import type { Dataset } from '../../dataset';
import type { Translator } from '../../i18n';
import type { ViewQuery } from '../params';
import * as overview from './overview';
import * as regions from './regions';
import * as profile from './profile';
import * as priorities from './priorities';
import * as offences from './offences';
import * as courts from './courts';
import * as penitentiary from './penitentiary';
import * as data from './data';
import * as forecasts from './forecasts';
import * as imports from './imports';

export type DatasetBuilder = (q: ViewQuery, tr: Translator) => Promise<Dataset | null>;

export const DATASETS: Record<string, DatasetBuilder> = {
	'overview-kpis': overview.overviewKpis,
	'overview-trend': overview.overviewTrend,
	'overview-severity': overview.overviewSeverity,
	'overview-structure': overview.overviewStructure,
	'overview-changed': overview.overviewChanged,
	'regions-indicator': regions.regionsIndicator,
	'regions-ranking': regions.regionsRanking,
	'regions-geo': regions.regionsGeo,
	'profile-kpis': profile.profileKpis,
	'profile-structure': profile.profileStructure,
	'profile-dynamics': profile.profileDynamics,
	'priorities-regions': priorities.prioritiesRegions,
	'priorities-groups': priorities.prioritiesGroups,
	'offences-table': offences.offencesTable,
	'offences-where': offences.offencesWhere,
	'courts-national': courts.courtsNational,
	'courts-articles': courts.courtsArticles,
	'courts-bands': courts.courtsBands,
	'penitentiary-r5': penitentiary.penitentiaryR5,
	'penitentiary-prison': penitentiary.penitentiaryPrison,
	'penitentiary-recidivism': penitentiary.penitentiaryRecidivism,
	'data-sources': data.dataSources,
	'data-coverage': data.dataCoverage,
	'data-findings': data.dataFindings,
	'data-imports': imports.dataImports,
	'forecast-series': forecasts.forecastSeriesDataset,
	'forecast-card': forecasts.forecastCardDataset
};

export { lineageNotes } from './profile';
