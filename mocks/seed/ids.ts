/*
 * Fixed uuids of the objects tests, screenshots and links refer to. They are
 * constants rather than PRNG output so that reshaping the seed never moves
 * them (a bookmarked demo URL keeps working).
 */
export const USER_UUIDS = {
  owner: '821c4ca0591a4f54848fbb8929a8c0a9',
  member: '951bcca7a8dd477b8cc20dbb85927987',
  manager: 'ffc24404ba754a45898e8ba19b3debe0',
  staff: '6a21576b942640e49ee09f1600c23d3b',
  consumer: 'd79cd7e402fd4905bfb2e85a8513dfd8',
  nordicOwner: '7d7426e00b4a49e4a2269324b7883e92',
  expired: '449debe675484d40b493405627bd8e59',
} as const;

export const CUSTOMER_UUIDS = {
  aurora: 'af3cd3dca768461a8d864aafac96fa55',
  empty: '527c7f9813ae4024823bdf29c19edb6a',
  baltic: '6fd392d872d24d92aafcbce1dc93e652',
  nordic: 'ffd3760443024932b245a597454344e5',
} as const;

export const PROJECT_UUIDS = {
  genomics: '9f49393cb35c43b1ad7f1af890b33592',
  climate: '9b739b65ccd341c0a681978f8098b68a',
  materials: 'da4516d73313410a8adf8fde2c14a434',
  training: 'f6df5a9402964c8a9673a7df840302ed',
  astro: 'ff122195e7b64060b4b5e3019339397a',
  thesis: '33fd0bc0b7de4cb0af515fa1cc06932b',
  nordicStorage: '6c82ee5186934a5893b1a4dc08fee180',
} as const;

export const OFFERING_UUIDS = {
  slurm: 'cbd84aabf8534d7199486d1066055237',
  script: '1c4834df4b034b27b6f061646f31905e',
  booking: '5d0b8057c3f648cab023c67c6d2dc931',
  nordic: '6ec7566d8a444db8b1a9d01a0ed3c004',
} as const;

export const AGENT_UUIDS = {
  tartu01: 'b180bd21e84b44eeb774f220aabb67b7',
  tartu02: '7ad1370e8c074c5c8668e629993b6c17',
  tallinn01: 'afa47610628147c084705f83b95efc46',
  helsinki01: 'd3524d0949574b64b5ebbfb9434f59f3',
  riga01: 'dad7972e3e2041219f86ebe355f6b512',
  vilnius01: '9852bc7cce2e46fa9fb455844e47deae',
  moab01: 'f2d69a64fcc442369d1bedafe92aa5b6',
  sandbox: 'c3c8dd4413a9448aa3e287f730d8cc81',
  batch01: 'fa556d20e134489e908862d7995ecffe',
  batch02: 'fccb0896a036416bb355b62053b18ca8',
  mup01: '6fc08924ce9047b1855ed5a2828d3cdc',
  staging: '832de1d434c44a65acf477529f220311',
  oslo01: 'f4d62eba28014b4c8d637353c9459733',
} as const;

export const KEY_UUIDS = {
  active: 'f39638eb9d054b349a31d0f9b01147ce',
  expiringSoon: '05b63d789a5342dba286af0f57547433',
  expired: '99ea80135e50400d83481ee12d0af2af',
  revoked: '5e06f05553a44ad6b4f45aa4a823ada3',
  neverUsed: '104423fb869442e7b9bdb97e462ac210',
  rotatedOld: '379803598cbb4e9c8f09b84d566effd2',
  rotatedNew: 'e7f59da060d64b90b98805671ad138ad',
  mcpDesktop: '48b5c60a6b8948128b0a42c3b9a80ba0',
  exportOld: '38db5d0de99c430fa9ec8a07f9681693',
  exportNew: '4e70881da97c4895bdc8b266c39be574',
  expiredUnused: '96ce445856694fbf8e6ca1fb1e403bfe',
  partnerPortal: '9bacbb59e4a042609304d3e259e96f92',
  tartu02Active: '02d02edb6ed34876ab52d5a71db31c06',
  tartu02Revoked: 'ac07db2113f444139cb4c68067bc6ae1',
  tartu02Unused: 'f659bbe5b41948ac93c7365205c2eb86',
  tallinnProbe: 'f80774cfec8048049e5a893cc915d44c',
  helsinkiActive: 'd346f60ead4d44e292798cf131e71ecb',
  helsinkiExpired: 'fb04de4c770b41cbb58965eb4c6a2aa0',
  batchActive: 'bbda053d19e84b94bf1004dc703cf450',
  batchRevoked: '2f47181f776941e39bda6208c7080269',
  mupActive: '81db5448ec4c427aa776101c184bf50f',
  nordicActive: '6c21e359284e46e78404fe52d9a3a6d9',
} as const;

export const WIDGET_UUIDS = {
  website: '32bf8426e7b3431392b9c82b990d3c40',
  helpdesk: '7e8c19ea27714508ade299a88a7b0d5c',
  staging: 'acb7fa0484994509bf8f4c7de5cfbf1c',
} as const;
