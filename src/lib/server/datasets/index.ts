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
import * as courtsSexual from './courts-sexual';
import * as penitentiary from './penitentiary';
import * as penitentiaryR5 from './penitentiary-r5';
import * as probation from './probation';
import * as penitentiaryContext from './penitentiary-context';
import * as data from './data';
import * as people from './people';
import * as forecasts from './forecasts';
import * as clearance from './clearance';
import * as imports from './imports';
import * as compare from './compare';

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
	'courts-published': courts.courtsPublished,
	'courts-articles': courtsSexual.courtsArticles,
	'courts-bands': courtsSexual.courtsBands,
	'courts-punishments': courtsSexual.courtsPunishments,
	'penitentiary-r5': penitentiary.penitentiaryR5,
	'penitentiary-prison': penitentiary.penitentiaryPrison,
	'penitentiary-recidivism': penitentiary.penitentiaryRecidivism,
	'people-victims': people.peopleVictims,
	'people-victims-r3': people.peopleVictimsByOffence,
	'people-offenders': people.peopleOffenders,
	'people-occupation': people.peopleOccupation,
	'people-state': people.peopleState,
	'people-officials': people.peopleOfficials,
	'people-juveniles': people.peopleJuveniles,
	'people-place': people.peoplePlace,
	'people-deaths': people.peopleDeaths,
	'penitentiary-articles': penitentiaryR5.penitentiaryArticles,
	'penitentiary-trend': penitentiaryR5.penitentiaryTrend,
	'penitentiary-rate': penitentiaryR5.penitentiaryRate,
	'penitentiary-probation': probation.penitentiaryProbation,
	'penitentiary-context': penitentiaryContext.penitentiaryContext,
	'data-sources': data.dataSources,
	'data-coverage': data.dataCoverage,
	'data-findings': data.dataFindings,
	'data-imports': imports.dataImports,
	'forecast-series': forecasts.forecastSeriesDataset,
	'forecast-card': forecasts.forecastCardDataset,
	compare: compare.compareRegions,
	'clearance-regions': clearance.clearanceRegions,
	'clearance-chapters': clearance.clearanceChapters
};

export { lineageNotes } from './profile';
