/**
 * `GET /api/frontage/export`: the 门前三包 ledger (台帐) as CSV or XLSX, headers and codes in
 * the reader's language, contacts masked as the reader sees them.
 */
import { FRONTAGE_CATEGORY_NAMES, type FrontageFeatureProperties } from '../contract/frontage';
import type { ExportColumn } from './table-export';

type Lang = 'zh-CN' | 'en';

const HEADERS: Record<Lang, Record<string, string>> = {
	'zh-CN': {
		id: '编号',
		name: '单位名称',
		category: '类别',
		address: '地址',
		contactName: '联系人',
		contactPhone: '联系电话',
		zone: '社区/村',
		grid: '网格',
		street: '所在道路',
		frontageM: '责任路段长度(米)',
		agreement: '责任书',
		signedOn: '签订日期',
		lastCheck: '最近检查',
		lastCheckAt: '最近检查时间',
		recentFailures: '近30天不合格次数',
		lng: '经度',
		lat: '纬度',
		sheet: '门前三包台帐',
		signed: '已签订',
		unsigned: '未签订',
		pass: '合格',
		fail: '不合格',
		unchecked: '未检查'
	},
	en: {
		id: 'Id',
		name: 'Unit',
		category: 'Category',
		address: 'Address',
		contactName: 'Contact',
		contactPhone: 'Phone',
		zone: 'Community/village',
		grid: 'Grid',
		street: 'Street',
		frontageM: 'Frontage (m)',
		agreement: 'Agreement',
		signedOn: 'Signed on',
		lastCheck: 'Last check',
		lastCheckAt: 'Last checked at',
		recentFailures: 'Failures in 30 days',
		lng: 'Longitude',
		lat: 'Latitude',
		sheet: 'Frontage ledger',
		signed: 'signed',
		unsigned: 'not signed',
		pass: 'pass',
		fail: 'fail',
		unchecked: 'not checked'
	}
};

export function frontageExportColumns(lang: Lang): ExportColumn<FrontageFeatureProperties>[] {
	const h = HEADERS[lang];
	return [
		{ header: h.id, value: (u) => u.id },
		{ header: h.name, value: (u) => u.name },
		{
			header: h.category,
			value: (u) => FRONTAGE_CATEGORY_NAMES[u.category][lang === 'en' ? 'en' : 'zh']
		},
		{ header: h.address, value: (u) => u.address },
		{ header: h.contactName, value: (u) => u.contactName },
		{ header: h.contactPhone, value: (u) => u.contactPhone },
		{ header: h.zone, value: (u) => u.zoneName ?? u.zoneId },
		{ header: h.grid, value: (u) => u.gridName ?? u.gridId },
		{ header: h.street, value: (u) => u.segmentName },
		{ header: h.frontageM, value: (u) => u.frontageM, numberFormat: '0.0' },
		{ header: h.agreement, value: (u) => (u.agreementSigned ? h.signed : h.unsigned) },
		{ header: h.signedOn, value: (u) => u.agreementSignedOn },
		{ header: h.lastCheck, value: (u) => h[u.lastCheck] },
		{
			header: h.lastCheckAt,
			value: (u) => (u.lastCheckAt ? u.lastCheckAt.replace('T', ' ') : null)
		},
		{ header: h.recentFailures, value: (u) => u.recentFailures },
		{ header: h.lng, value: (u) => u.lng, numberFormat: '0.000000' },
		{ header: h.lat, value: (u) => u.lat, numberFormat: '0.000000' }
	];
}

export const frontageExportSheet = (lang: Lang) => HEADERS[lang].sheet;
