/**
 * The Faure–Lemieux multipliers f_j of the generalized Halton sequence, for the first 360 prime bases
 * (coordinate j, 0-based, uses base p_j = the (j+1)-th prime and multiplier f_j, 1 ≤ f_j < p_j).
 * Digit t of coordinate j maps a ↦ f_j · a mod p_j before the random digital shift of the `'qrng'`
 * randomization.
 *
 * @remarks
 * Source: H. Faure and C. Lemieux, "Generalized Halton sequences in 2008: a comparative study", ACM
 * Transactions on Modeling and Computer Simulation 19(4), article 15 (2009), as tabulated in the
 * `permTN2` array of the R package qrng (M. Hofert and C. Lemieux, `src/ghalton.c`, CRAN) and of
 * QMCPy's C engine qmctoolscl (`qmctoolscl/c_funcs/halton_qrng.c`, Apache-2.0). The numbers were taken
 * from the qmctoolscl file and checked entry by entry against a second, independent transcription
 * (sum of all 360 entries: 206611). They are published numerical facts; no code was copied.
 *
 * @example
 * ```ts
 * FAURE_LEMIEUX_MULTIPLIERS[2]; // 3: base 5 maps digit a to 3a mod 5
 * FAURE_LEMIEUX_MULTIPLIERS.length; // 360
 * ```
 */
export const FAURE_LEMIEUX_MULTIPLIERS: readonly number[] = Object.freeze([
  1, 1, 3, 3, 4, 9, 7, 5, 9, 18, 18, 8, 13, 31, 9, 19, 36, 33, 21, 44, 43, 61, 60, 56, 26, 71, 32, 77, 26, 95, 92, 47, 29, 61, 57,
  69, 115, 63, 92, 31, 104, 126, 50, 80, 55, 152, 114, 80, 83, 97, 95, 150, 148, 55, 80, 192, 71, 76, 82, 109, 105, 173, 58, 143,
  56, 177, 203, 239, 196, 143, 278, 227, 87, 274, 264, 84, 226, 163, 231, 177, 95, 116, 165, 131, 156, 105, 188, 142, 105, 125,
  269, 292, 215, 182, 294, 152, 148, 144, 382, 194, 346, 323, 220, 174, 133, 324, 215, 246, 159, 337, 254, 423, 484, 239, 440,
  362, 464, 376, 398, 174, 149, 418, 306, 282, 434, 196, 458, 313, 512, 450, 161, 315, 441, 549, 555, 431, 295, 557, 172, 343,
  472, 604, 297, 524, 251, 514, 385, 531, 663, 674, 255, 519, 324, 391, 394, 533, 253, 717, 651, 399, 596, 676, 425, 261, 404,
  691, 604, 274, 627, 777, 269, 217, 599, 447, 581, 640, 666, 595, 669, 686, 305, 460, 599, 335, 258, 649, 771, 619, 666, 669,
  707, 737, 854, 925, 818, 424, 493, 463, 535, 782, 476, 451, 520, 886, 340, 793, 390, 381, 274, 500, 581, 345, 363, 1024, 514,
  773, 932, 556, 954, 793, 294, 863, 393, 827, 527, 1007, 622, 549, 613, 799, 408, 856, 601, 1072, 938, 322, 1142, 873, 629, 1071,
  1063, 1205, 596, 973, 984, 875, 918, 1133, 1223, 933, 1110, 1228, 1017, 701, 480, 678, 1172, 689, 1138, 1022, 682, 613, 635,
  984, 526, 1311, 459, 1348, 477, 716, 1075, 682, 1245, 401, 774, 1026, 499, 1314, 743, 693, 1282, 1003, 1181, 1079, 765, 815,
  1350, 1144, 1449, 718, 805, 1203, 1173, 737, 562, 579, 701, 1104, 1105, 1379, 827, 1256, 759, 540, 1284, 1188, 776, 853, 1140,
  445, 1265, 802, 932, 632, 1504, 856, 1229, 1619, 774, 1229, 1300, 1563, 1551, 1265, 905, 1333, 493, 913, 1397, 1250, 612, 1251,
  1765, 1303, 595, 981, 671, 1403, 820, 1404, 1661, 973, 1340, 1015, 1649, 855, 1834, 1621, 1704, 893, 1033, 721, 1737, 1507,
  1851, 1006, 994, 923, 872, 1860,
]);
