/* Thousands of small functions (generated), each calling the next: many
 * blocks, many direct calls and returns, a big function-pointer table. */
#include <stdio.h>

#define NF 3000
__attribute__((noinline)) unsigned g0(unsigned x);
__attribute__((noinline)) unsigned g1(unsigned x);
__attribute__((noinline)) unsigned g2(unsigned x);
__attribute__((noinline)) unsigned g3(unsigned x);
__attribute__((noinline)) unsigned g4(unsigned x);
__attribute__((noinline)) unsigned g5(unsigned x);
__attribute__((noinline)) unsigned g6(unsigned x);
__attribute__((noinline)) unsigned g7(unsigned x);
__attribute__((noinline)) unsigned g8(unsigned x);
__attribute__((noinline)) unsigned g9(unsigned x);
__attribute__((noinline)) unsigned g10(unsigned x);
__attribute__((noinline)) unsigned g11(unsigned x);
__attribute__((noinline)) unsigned g12(unsigned x);
__attribute__((noinline)) unsigned g13(unsigned x);
__attribute__((noinline)) unsigned g14(unsigned x);
__attribute__((noinline)) unsigned g15(unsigned x);
__attribute__((noinline)) unsigned g16(unsigned x);
__attribute__((noinline)) unsigned g17(unsigned x);
__attribute__((noinline)) unsigned g18(unsigned x);
__attribute__((noinline)) unsigned g19(unsigned x);
__attribute__((noinline)) unsigned g20(unsigned x);
__attribute__((noinline)) unsigned g21(unsigned x);
__attribute__((noinline)) unsigned g22(unsigned x);
__attribute__((noinline)) unsigned g23(unsigned x);
__attribute__((noinline)) unsigned g24(unsigned x);
__attribute__((noinline)) unsigned g25(unsigned x);
__attribute__((noinline)) unsigned g26(unsigned x);
__attribute__((noinline)) unsigned g27(unsigned x);
__attribute__((noinline)) unsigned g28(unsigned x);
__attribute__((noinline)) unsigned g29(unsigned x);
__attribute__((noinline)) unsigned g30(unsigned x);
__attribute__((noinline)) unsigned g31(unsigned x);
__attribute__((noinline)) unsigned g32(unsigned x);
__attribute__((noinline)) unsigned g33(unsigned x);
__attribute__((noinline)) unsigned g34(unsigned x);
__attribute__((noinline)) unsigned g35(unsigned x);
__attribute__((noinline)) unsigned g36(unsigned x);
__attribute__((noinline)) unsigned g37(unsigned x);
__attribute__((noinline)) unsigned g38(unsigned x);
__attribute__((noinline)) unsigned g39(unsigned x);
__attribute__((noinline)) unsigned g40(unsigned x);
__attribute__((noinline)) unsigned g41(unsigned x);
__attribute__((noinline)) unsigned g42(unsigned x);
__attribute__((noinline)) unsigned g43(unsigned x);
__attribute__((noinline)) unsigned g44(unsigned x);
__attribute__((noinline)) unsigned g45(unsigned x);
__attribute__((noinline)) unsigned g46(unsigned x);
__attribute__((noinline)) unsigned g47(unsigned x);
__attribute__((noinline)) unsigned g48(unsigned x);
__attribute__((noinline)) unsigned g49(unsigned x);
__attribute__((noinline)) unsigned g50(unsigned x);
__attribute__((noinline)) unsigned g51(unsigned x);
__attribute__((noinline)) unsigned g52(unsigned x);
__attribute__((noinline)) unsigned g53(unsigned x);
__attribute__((noinline)) unsigned g54(unsigned x);
__attribute__((noinline)) unsigned g55(unsigned x);
__attribute__((noinline)) unsigned g56(unsigned x);
__attribute__((noinline)) unsigned g57(unsigned x);
__attribute__((noinline)) unsigned g58(unsigned x);
__attribute__((noinline)) unsigned g59(unsigned x);
__attribute__((noinline)) unsigned g60(unsigned x);
__attribute__((noinline)) unsigned g61(unsigned x);
__attribute__((noinline)) unsigned g62(unsigned x);
__attribute__((noinline)) unsigned g63(unsigned x);
__attribute__((noinline)) unsigned g64(unsigned x);
__attribute__((noinline)) unsigned g65(unsigned x);
__attribute__((noinline)) unsigned g66(unsigned x);
__attribute__((noinline)) unsigned g67(unsigned x);
__attribute__((noinline)) unsigned g68(unsigned x);
__attribute__((noinline)) unsigned g69(unsigned x);
__attribute__((noinline)) unsigned g70(unsigned x);
__attribute__((noinline)) unsigned g71(unsigned x);
__attribute__((noinline)) unsigned g72(unsigned x);
__attribute__((noinline)) unsigned g73(unsigned x);
__attribute__((noinline)) unsigned g74(unsigned x);
__attribute__((noinline)) unsigned g75(unsigned x);
__attribute__((noinline)) unsigned g76(unsigned x);
__attribute__((noinline)) unsigned g77(unsigned x);
__attribute__((noinline)) unsigned g78(unsigned x);
__attribute__((noinline)) unsigned g79(unsigned x);
__attribute__((noinline)) unsigned g80(unsigned x);
__attribute__((noinline)) unsigned g81(unsigned x);
__attribute__((noinline)) unsigned g82(unsigned x);
__attribute__((noinline)) unsigned g83(unsigned x);
__attribute__((noinline)) unsigned g84(unsigned x);
__attribute__((noinline)) unsigned g85(unsigned x);
__attribute__((noinline)) unsigned g86(unsigned x);
__attribute__((noinline)) unsigned g87(unsigned x);
__attribute__((noinline)) unsigned g88(unsigned x);
__attribute__((noinline)) unsigned g89(unsigned x);
__attribute__((noinline)) unsigned g90(unsigned x);
__attribute__((noinline)) unsigned g91(unsigned x);
__attribute__((noinline)) unsigned g92(unsigned x);
__attribute__((noinline)) unsigned g93(unsigned x);
__attribute__((noinline)) unsigned g94(unsigned x);
__attribute__((noinline)) unsigned g95(unsigned x);
__attribute__((noinline)) unsigned g96(unsigned x);
__attribute__((noinline)) unsigned g97(unsigned x);
__attribute__((noinline)) unsigned g98(unsigned x);
__attribute__((noinline)) unsigned g99(unsigned x);
__attribute__((noinline)) unsigned g100(unsigned x);
__attribute__((noinline)) unsigned g101(unsigned x);
__attribute__((noinline)) unsigned g102(unsigned x);
__attribute__((noinline)) unsigned g103(unsigned x);
__attribute__((noinline)) unsigned g104(unsigned x);
__attribute__((noinline)) unsigned g105(unsigned x);
__attribute__((noinline)) unsigned g106(unsigned x);
__attribute__((noinline)) unsigned g107(unsigned x);
__attribute__((noinline)) unsigned g108(unsigned x);
__attribute__((noinline)) unsigned g109(unsigned x);
__attribute__((noinline)) unsigned g110(unsigned x);
__attribute__((noinline)) unsigned g111(unsigned x);
__attribute__((noinline)) unsigned g112(unsigned x);
__attribute__((noinline)) unsigned g113(unsigned x);
__attribute__((noinline)) unsigned g114(unsigned x);
__attribute__((noinline)) unsigned g115(unsigned x);
__attribute__((noinline)) unsigned g116(unsigned x);
__attribute__((noinline)) unsigned g117(unsigned x);
__attribute__((noinline)) unsigned g118(unsigned x);
__attribute__((noinline)) unsigned g119(unsigned x);
__attribute__((noinline)) unsigned g120(unsigned x);
__attribute__((noinline)) unsigned g121(unsigned x);
__attribute__((noinline)) unsigned g122(unsigned x);
__attribute__((noinline)) unsigned g123(unsigned x);
__attribute__((noinline)) unsigned g124(unsigned x);
__attribute__((noinline)) unsigned g125(unsigned x);
__attribute__((noinline)) unsigned g126(unsigned x);
__attribute__((noinline)) unsigned g127(unsigned x);
__attribute__((noinline)) unsigned g128(unsigned x);
__attribute__((noinline)) unsigned g129(unsigned x);
__attribute__((noinline)) unsigned g130(unsigned x);
__attribute__((noinline)) unsigned g131(unsigned x);
__attribute__((noinline)) unsigned g132(unsigned x);
__attribute__((noinline)) unsigned g133(unsigned x);
__attribute__((noinline)) unsigned g134(unsigned x);
__attribute__((noinline)) unsigned g135(unsigned x);
__attribute__((noinline)) unsigned g136(unsigned x);
__attribute__((noinline)) unsigned g137(unsigned x);
__attribute__((noinline)) unsigned g138(unsigned x);
__attribute__((noinline)) unsigned g139(unsigned x);
__attribute__((noinline)) unsigned g140(unsigned x);
__attribute__((noinline)) unsigned g141(unsigned x);
__attribute__((noinline)) unsigned g142(unsigned x);
__attribute__((noinline)) unsigned g143(unsigned x);
__attribute__((noinline)) unsigned g144(unsigned x);
__attribute__((noinline)) unsigned g145(unsigned x);
__attribute__((noinline)) unsigned g146(unsigned x);
__attribute__((noinline)) unsigned g147(unsigned x);
__attribute__((noinline)) unsigned g148(unsigned x);
__attribute__((noinline)) unsigned g149(unsigned x);
__attribute__((noinline)) unsigned g150(unsigned x);
__attribute__((noinline)) unsigned g151(unsigned x);
__attribute__((noinline)) unsigned g152(unsigned x);
__attribute__((noinline)) unsigned g153(unsigned x);
__attribute__((noinline)) unsigned g154(unsigned x);
__attribute__((noinline)) unsigned g155(unsigned x);
__attribute__((noinline)) unsigned g156(unsigned x);
__attribute__((noinline)) unsigned g157(unsigned x);
__attribute__((noinline)) unsigned g158(unsigned x);
__attribute__((noinline)) unsigned g159(unsigned x);
__attribute__((noinline)) unsigned g160(unsigned x);
__attribute__((noinline)) unsigned g161(unsigned x);
__attribute__((noinline)) unsigned g162(unsigned x);
__attribute__((noinline)) unsigned g163(unsigned x);
__attribute__((noinline)) unsigned g164(unsigned x);
__attribute__((noinline)) unsigned g165(unsigned x);
__attribute__((noinline)) unsigned g166(unsigned x);
__attribute__((noinline)) unsigned g167(unsigned x);
__attribute__((noinline)) unsigned g168(unsigned x);
__attribute__((noinline)) unsigned g169(unsigned x);
__attribute__((noinline)) unsigned g170(unsigned x);
__attribute__((noinline)) unsigned g171(unsigned x);
__attribute__((noinline)) unsigned g172(unsigned x);
__attribute__((noinline)) unsigned g173(unsigned x);
__attribute__((noinline)) unsigned g174(unsigned x);
__attribute__((noinline)) unsigned g175(unsigned x);
__attribute__((noinline)) unsigned g176(unsigned x);
__attribute__((noinline)) unsigned g177(unsigned x);
__attribute__((noinline)) unsigned g178(unsigned x);
__attribute__((noinline)) unsigned g179(unsigned x);
__attribute__((noinline)) unsigned g180(unsigned x);
__attribute__((noinline)) unsigned g181(unsigned x);
__attribute__((noinline)) unsigned g182(unsigned x);
__attribute__((noinline)) unsigned g183(unsigned x);
__attribute__((noinline)) unsigned g184(unsigned x);
__attribute__((noinline)) unsigned g185(unsigned x);
__attribute__((noinline)) unsigned g186(unsigned x);
__attribute__((noinline)) unsigned g187(unsigned x);
__attribute__((noinline)) unsigned g188(unsigned x);
__attribute__((noinline)) unsigned g189(unsigned x);
__attribute__((noinline)) unsigned g190(unsigned x);
__attribute__((noinline)) unsigned g191(unsigned x);
__attribute__((noinline)) unsigned g192(unsigned x);
__attribute__((noinline)) unsigned g193(unsigned x);
__attribute__((noinline)) unsigned g194(unsigned x);
__attribute__((noinline)) unsigned g195(unsigned x);
__attribute__((noinline)) unsigned g196(unsigned x);
__attribute__((noinline)) unsigned g197(unsigned x);
__attribute__((noinline)) unsigned g198(unsigned x);
__attribute__((noinline)) unsigned g199(unsigned x);
__attribute__((noinline)) unsigned g200(unsigned x);
__attribute__((noinline)) unsigned g201(unsigned x);
__attribute__((noinline)) unsigned g202(unsigned x);
__attribute__((noinline)) unsigned g203(unsigned x);
__attribute__((noinline)) unsigned g204(unsigned x);
__attribute__((noinline)) unsigned g205(unsigned x);
__attribute__((noinline)) unsigned g206(unsigned x);
__attribute__((noinline)) unsigned g207(unsigned x);
__attribute__((noinline)) unsigned g208(unsigned x);
__attribute__((noinline)) unsigned g209(unsigned x);
__attribute__((noinline)) unsigned g210(unsigned x);
__attribute__((noinline)) unsigned g211(unsigned x);
__attribute__((noinline)) unsigned g212(unsigned x);
__attribute__((noinline)) unsigned g213(unsigned x);
__attribute__((noinline)) unsigned g214(unsigned x);
__attribute__((noinline)) unsigned g215(unsigned x);
__attribute__((noinline)) unsigned g216(unsigned x);
__attribute__((noinline)) unsigned g217(unsigned x);
__attribute__((noinline)) unsigned g218(unsigned x);
__attribute__((noinline)) unsigned g219(unsigned x);
__attribute__((noinline)) unsigned g220(unsigned x);
__attribute__((noinline)) unsigned g221(unsigned x);
__attribute__((noinline)) unsigned g222(unsigned x);
__attribute__((noinline)) unsigned g223(unsigned x);
__attribute__((noinline)) unsigned g224(unsigned x);
__attribute__((noinline)) unsigned g225(unsigned x);
__attribute__((noinline)) unsigned g226(unsigned x);
__attribute__((noinline)) unsigned g227(unsigned x);
__attribute__((noinline)) unsigned g228(unsigned x);
__attribute__((noinline)) unsigned g229(unsigned x);
__attribute__((noinline)) unsigned g230(unsigned x);
__attribute__((noinline)) unsigned g231(unsigned x);
__attribute__((noinline)) unsigned g232(unsigned x);
__attribute__((noinline)) unsigned g233(unsigned x);
__attribute__((noinline)) unsigned g234(unsigned x);
__attribute__((noinline)) unsigned g235(unsigned x);
__attribute__((noinline)) unsigned g236(unsigned x);
__attribute__((noinline)) unsigned g237(unsigned x);
__attribute__((noinline)) unsigned g238(unsigned x);
__attribute__((noinline)) unsigned g239(unsigned x);
__attribute__((noinline)) unsigned g240(unsigned x);
__attribute__((noinline)) unsigned g241(unsigned x);
__attribute__((noinline)) unsigned g242(unsigned x);
__attribute__((noinline)) unsigned g243(unsigned x);
__attribute__((noinline)) unsigned g244(unsigned x);
__attribute__((noinline)) unsigned g245(unsigned x);
__attribute__((noinline)) unsigned g246(unsigned x);
__attribute__((noinline)) unsigned g247(unsigned x);
__attribute__((noinline)) unsigned g248(unsigned x);
__attribute__((noinline)) unsigned g249(unsigned x);
__attribute__((noinline)) unsigned g250(unsigned x);
__attribute__((noinline)) unsigned g251(unsigned x);
__attribute__((noinline)) unsigned g252(unsigned x);
__attribute__((noinline)) unsigned g253(unsigned x);
__attribute__((noinline)) unsigned g254(unsigned x);
__attribute__((noinline)) unsigned g255(unsigned x);
__attribute__((noinline)) unsigned g256(unsigned x);
__attribute__((noinline)) unsigned g257(unsigned x);
__attribute__((noinline)) unsigned g258(unsigned x);
__attribute__((noinline)) unsigned g259(unsigned x);
__attribute__((noinline)) unsigned g260(unsigned x);
__attribute__((noinline)) unsigned g261(unsigned x);
__attribute__((noinline)) unsigned g262(unsigned x);
__attribute__((noinline)) unsigned g263(unsigned x);
__attribute__((noinline)) unsigned g264(unsigned x);
__attribute__((noinline)) unsigned g265(unsigned x);
__attribute__((noinline)) unsigned g266(unsigned x);
__attribute__((noinline)) unsigned g267(unsigned x);
__attribute__((noinline)) unsigned g268(unsigned x);
__attribute__((noinline)) unsigned g269(unsigned x);
__attribute__((noinline)) unsigned g270(unsigned x);
__attribute__((noinline)) unsigned g271(unsigned x);
__attribute__((noinline)) unsigned g272(unsigned x);
__attribute__((noinline)) unsigned g273(unsigned x);
__attribute__((noinline)) unsigned g274(unsigned x);
__attribute__((noinline)) unsigned g275(unsigned x);
__attribute__((noinline)) unsigned g276(unsigned x);
__attribute__((noinline)) unsigned g277(unsigned x);
__attribute__((noinline)) unsigned g278(unsigned x);
__attribute__((noinline)) unsigned g279(unsigned x);
__attribute__((noinline)) unsigned g280(unsigned x);
__attribute__((noinline)) unsigned g281(unsigned x);
__attribute__((noinline)) unsigned g282(unsigned x);
__attribute__((noinline)) unsigned g283(unsigned x);
__attribute__((noinline)) unsigned g284(unsigned x);
__attribute__((noinline)) unsigned g285(unsigned x);
__attribute__((noinline)) unsigned g286(unsigned x);
__attribute__((noinline)) unsigned g287(unsigned x);
__attribute__((noinline)) unsigned g288(unsigned x);
__attribute__((noinline)) unsigned g289(unsigned x);
__attribute__((noinline)) unsigned g290(unsigned x);
__attribute__((noinline)) unsigned g291(unsigned x);
__attribute__((noinline)) unsigned g292(unsigned x);
__attribute__((noinline)) unsigned g293(unsigned x);
__attribute__((noinline)) unsigned g294(unsigned x);
__attribute__((noinline)) unsigned g295(unsigned x);
__attribute__((noinline)) unsigned g296(unsigned x);
__attribute__((noinline)) unsigned g297(unsigned x);
__attribute__((noinline)) unsigned g298(unsigned x);
__attribute__((noinline)) unsigned g299(unsigned x);
__attribute__((noinline)) unsigned g300(unsigned x);
__attribute__((noinline)) unsigned g301(unsigned x);
__attribute__((noinline)) unsigned g302(unsigned x);
__attribute__((noinline)) unsigned g303(unsigned x);
__attribute__((noinline)) unsigned g304(unsigned x);
__attribute__((noinline)) unsigned g305(unsigned x);
__attribute__((noinline)) unsigned g306(unsigned x);
__attribute__((noinline)) unsigned g307(unsigned x);
__attribute__((noinline)) unsigned g308(unsigned x);
__attribute__((noinline)) unsigned g309(unsigned x);
__attribute__((noinline)) unsigned g310(unsigned x);
__attribute__((noinline)) unsigned g311(unsigned x);
__attribute__((noinline)) unsigned g312(unsigned x);
__attribute__((noinline)) unsigned g313(unsigned x);
__attribute__((noinline)) unsigned g314(unsigned x);
__attribute__((noinline)) unsigned g315(unsigned x);
__attribute__((noinline)) unsigned g316(unsigned x);
__attribute__((noinline)) unsigned g317(unsigned x);
__attribute__((noinline)) unsigned g318(unsigned x);
__attribute__((noinline)) unsigned g319(unsigned x);
__attribute__((noinline)) unsigned g320(unsigned x);
__attribute__((noinline)) unsigned g321(unsigned x);
__attribute__((noinline)) unsigned g322(unsigned x);
__attribute__((noinline)) unsigned g323(unsigned x);
__attribute__((noinline)) unsigned g324(unsigned x);
__attribute__((noinline)) unsigned g325(unsigned x);
__attribute__((noinline)) unsigned g326(unsigned x);
__attribute__((noinline)) unsigned g327(unsigned x);
__attribute__((noinline)) unsigned g328(unsigned x);
__attribute__((noinline)) unsigned g329(unsigned x);
__attribute__((noinline)) unsigned g330(unsigned x);
__attribute__((noinline)) unsigned g331(unsigned x);
__attribute__((noinline)) unsigned g332(unsigned x);
__attribute__((noinline)) unsigned g333(unsigned x);
__attribute__((noinline)) unsigned g334(unsigned x);
__attribute__((noinline)) unsigned g335(unsigned x);
__attribute__((noinline)) unsigned g336(unsigned x);
__attribute__((noinline)) unsigned g337(unsigned x);
__attribute__((noinline)) unsigned g338(unsigned x);
__attribute__((noinline)) unsigned g339(unsigned x);
__attribute__((noinline)) unsigned g340(unsigned x);
__attribute__((noinline)) unsigned g341(unsigned x);
__attribute__((noinline)) unsigned g342(unsigned x);
__attribute__((noinline)) unsigned g343(unsigned x);
__attribute__((noinline)) unsigned g344(unsigned x);
__attribute__((noinline)) unsigned g345(unsigned x);
__attribute__((noinline)) unsigned g346(unsigned x);
__attribute__((noinline)) unsigned g347(unsigned x);
__attribute__((noinline)) unsigned g348(unsigned x);
__attribute__((noinline)) unsigned g349(unsigned x);
__attribute__((noinline)) unsigned g350(unsigned x);
__attribute__((noinline)) unsigned g351(unsigned x);
__attribute__((noinline)) unsigned g352(unsigned x);
__attribute__((noinline)) unsigned g353(unsigned x);
__attribute__((noinline)) unsigned g354(unsigned x);
__attribute__((noinline)) unsigned g355(unsigned x);
__attribute__((noinline)) unsigned g356(unsigned x);
__attribute__((noinline)) unsigned g357(unsigned x);
__attribute__((noinline)) unsigned g358(unsigned x);
__attribute__((noinline)) unsigned g359(unsigned x);
__attribute__((noinline)) unsigned g360(unsigned x);
__attribute__((noinline)) unsigned g361(unsigned x);
__attribute__((noinline)) unsigned g362(unsigned x);
__attribute__((noinline)) unsigned g363(unsigned x);
__attribute__((noinline)) unsigned g364(unsigned x);
__attribute__((noinline)) unsigned g365(unsigned x);
__attribute__((noinline)) unsigned g366(unsigned x);
__attribute__((noinline)) unsigned g367(unsigned x);
__attribute__((noinline)) unsigned g368(unsigned x);
__attribute__((noinline)) unsigned g369(unsigned x);
__attribute__((noinline)) unsigned g370(unsigned x);
__attribute__((noinline)) unsigned g371(unsigned x);
__attribute__((noinline)) unsigned g372(unsigned x);
__attribute__((noinline)) unsigned g373(unsigned x);
__attribute__((noinline)) unsigned g374(unsigned x);
__attribute__((noinline)) unsigned g375(unsigned x);
__attribute__((noinline)) unsigned g376(unsigned x);
__attribute__((noinline)) unsigned g377(unsigned x);
__attribute__((noinline)) unsigned g378(unsigned x);
__attribute__((noinline)) unsigned g379(unsigned x);
__attribute__((noinline)) unsigned g380(unsigned x);
__attribute__((noinline)) unsigned g381(unsigned x);
__attribute__((noinline)) unsigned g382(unsigned x);
__attribute__((noinline)) unsigned g383(unsigned x);
__attribute__((noinline)) unsigned g384(unsigned x);
__attribute__((noinline)) unsigned g385(unsigned x);
__attribute__((noinline)) unsigned g386(unsigned x);
__attribute__((noinline)) unsigned g387(unsigned x);
__attribute__((noinline)) unsigned g388(unsigned x);
__attribute__((noinline)) unsigned g389(unsigned x);
__attribute__((noinline)) unsigned g390(unsigned x);
__attribute__((noinline)) unsigned g391(unsigned x);
__attribute__((noinline)) unsigned g392(unsigned x);
__attribute__((noinline)) unsigned g393(unsigned x);
__attribute__((noinline)) unsigned g394(unsigned x);
__attribute__((noinline)) unsigned g395(unsigned x);
__attribute__((noinline)) unsigned g396(unsigned x);
__attribute__((noinline)) unsigned g397(unsigned x);
__attribute__((noinline)) unsigned g398(unsigned x);
__attribute__((noinline)) unsigned g399(unsigned x);
__attribute__((noinline)) unsigned g400(unsigned x);
__attribute__((noinline)) unsigned g401(unsigned x);
__attribute__((noinline)) unsigned g402(unsigned x);
__attribute__((noinline)) unsigned g403(unsigned x);
__attribute__((noinline)) unsigned g404(unsigned x);
__attribute__((noinline)) unsigned g405(unsigned x);
__attribute__((noinline)) unsigned g406(unsigned x);
__attribute__((noinline)) unsigned g407(unsigned x);
__attribute__((noinline)) unsigned g408(unsigned x);
__attribute__((noinline)) unsigned g409(unsigned x);
__attribute__((noinline)) unsigned g410(unsigned x);
__attribute__((noinline)) unsigned g411(unsigned x);
__attribute__((noinline)) unsigned g412(unsigned x);
__attribute__((noinline)) unsigned g413(unsigned x);
__attribute__((noinline)) unsigned g414(unsigned x);
__attribute__((noinline)) unsigned g415(unsigned x);
__attribute__((noinline)) unsigned g416(unsigned x);
__attribute__((noinline)) unsigned g417(unsigned x);
__attribute__((noinline)) unsigned g418(unsigned x);
__attribute__((noinline)) unsigned g419(unsigned x);
__attribute__((noinline)) unsigned g420(unsigned x);
__attribute__((noinline)) unsigned g421(unsigned x);
__attribute__((noinline)) unsigned g422(unsigned x);
__attribute__((noinline)) unsigned g423(unsigned x);
__attribute__((noinline)) unsigned g424(unsigned x);
__attribute__((noinline)) unsigned g425(unsigned x);
__attribute__((noinline)) unsigned g426(unsigned x);
__attribute__((noinline)) unsigned g427(unsigned x);
__attribute__((noinline)) unsigned g428(unsigned x);
__attribute__((noinline)) unsigned g429(unsigned x);
__attribute__((noinline)) unsigned g430(unsigned x);
__attribute__((noinline)) unsigned g431(unsigned x);
__attribute__((noinline)) unsigned g432(unsigned x);
__attribute__((noinline)) unsigned g433(unsigned x);
__attribute__((noinline)) unsigned g434(unsigned x);
__attribute__((noinline)) unsigned g435(unsigned x);
__attribute__((noinline)) unsigned g436(unsigned x);
__attribute__((noinline)) unsigned g437(unsigned x);
__attribute__((noinline)) unsigned g438(unsigned x);
__attribute__((noinline)) unsigned g439(unsigned x);
__attribute__((noinline)) unsigned g440(unsigned x);
__attribute__((noinline)) unsigned g441(unsigned x);
__attribute__((noinline)) unsigned g442(unsigned x);
__attribute__((noinline)) unsigned g443(unsigned x);
__attribute__((noinline)) unsigned g444(unsigned x);
__attribute__((noinline)) unsigned g445(unsigned x);
__attribute__((noinline)) unsigned g446(unsigned x);
__attribute__((noinline)) unsigned g447(unsigned x);
__attribute__((noinline)) unsigned g448(unsigned x);
__attribute__((noinline)) unsigned g449(unsigned x);
__attribute__((noinline)) unsigned g450(unsigned x);
__attribute__((noinline)) unsigned g451(unsigned x);
__attribute__((noinline)) unsigned g452(unsigned x);
__attribute__((noinline)) unsigned g453(unsigned x);
__attribute__((noinline)) unsigned g454(unsigned x);
__attribute__((noinline)) unsigned g455(unsigned x);
__attribute__((noinline)) unsigned g456(unsigned x);
__attribute__((noinline)) unsigned g457(unsigned x);
__attribute__((noinline)) unsigned g458(unsigned x);
__attribute__((noinline)) unsigned g459(unsigned x);
__attribute__((noinline)) unsigned g460(unsigned x);
__attribute__((noinline)) unsigned g461(unsigned x);
__attribute__((noinline)) unsigned g462(unsigned x);
__attribute__((noinline)) unsigned g463(unsigned x);
__attribute__((noinline)) unsigned g464(unsigned x);
__attribute__((noinline)) unsigned g465(unsigned x);
__attribute__((noinline)) unsigned g466(unsigned x);
__attribute__((noinline)) unsigned g467(unsigned x);
__attribute__((noinline)) unsigned g468(unsigned x);
__attribute__((noinline)) unsigned g469(unsigned x);
__attribute__((noinline)) unsigned g470(unsigned x);
__attribute__((noinline)) unsigned g471(unsigned x);
__attribute__((noinline)) unsigned g472(unsigned x);
__attribute__((noinline)) unsigned g473(unsigned x);
__attribute__((noinline)) unsigned g474(unsigned x);
__attribute__((noinline)) unsigned g475(unsigned x);
__attribute__((noinline)) unsigned g476(unsigned x);
__attribute__((noinline)) unsigned g477(unsigned x);
__attribute__((noinline)) unsigned g478(unsigned x);
__attribute__((noinline)) unsigned g479(unsigned x);
__attribute__((noinline)) unsigned g480(unsigned x);
__attribute__((noinline)) unsigned g481(unsigned x);
__attribute__((noinline)) unsigned g482(unsigned x);
__attribute__((noinline)) unsigned g483(unsigned x);
__attribute__((noinline)) unsigned g484(unsigned x);
__attribute__((noinline)) unsigned g485(unsigned x);
__attribute__((noinline)) unsigned g486(unsigned x);
__attribute__((noinline)) unsigned g487(unsigned x);
__attribute__((noinline)) unsigned g488(unsigned x);
__attribute__((noinline)) unsigned g489(unsigned x);
__attribute__((noinline)) unsigned g490(unsigned x);
__attribute__((noinline)) unsigned g491(unsigned x);
__attribute__((noinline)) unsigned g492(unsigned x);
__attribute__((noinline)) unsigned g493(unsigned x);
__attribute__((noinline)) unsigned g494(unsigned x);
__attribute__((noinline)) unsigned g495(unsigned x);
__attribute__((noinline)) unsigned g496(unsigned x);
__attribute__((noinline)) unsigned g497(unsigned x);
__attribute__((noinline)) unsigned g498(unsigned x);
__attribute__((noinline)) unsigned g499(unsigned x);
__attribute__((noinline)) unsigned g500(unsigned x);
__attribute__((noinline)) unsigned g501(unsigned x);
__attribute__((noinline)) unsigned g502(unsigned x);
__attribute__((noinline)) unsigned g503(unsigned x);
__attribute__((noinline)) unsigned g504(unsigned x);
__attribute__((noinline)) unsigned g505(unsigned x);
__attribute__((noinline)) unsigned g506(unsigned x);
__attribute__((noinline)) unsigned g507(unsigned x);
__attribute__((noinline)) unsigned g508(unsigned x);
__attribute__((noinline)) unsigned g509(unsigned x);
__attribute__((noinline)) unsigned g510(unsigned x);
__attribute__((noinline)) unsigned g511(unsigned x);
__attribute__((noinline)) unsigned g512(unsigned x);
__attribute__((noinline)) unsigned g513(unsigned x);
__attribute__((noinline)) unsigned g514(unsigned x);
__attribute__((noinline)) unsigned g515(unsigned x);
__attribute__((noinline)) unsigned g516(unsigned x);
__attribute__((noinline)) unsigned g517(unsigned x);
__attribute__((noinline)) unsigned g518(unsigned x);
__attribute__((noinline)) unsigned g519(unsigned x);
__attribute__((noinline)) unsigned g520(unsigned x);
__attribute__((noinline)) unsigned g521(unsigned x);
__attribute__((noinline)) unsigned g522(unsigned x);
__attribute__((noinline)) unsigned g523(unsigned x);
__attribute__((noinline)) unsigned g524(unsigned x);
__attribute__((noinline)) unsigned g525(unsigned x);
__attribute__((noinline)) unsigned g526(unsigned x);
__attribute__((noinline)) unsigned g527(unsigned x);
__attribute__((noinline)) unsigned g528(unsigned x);
__attribute__((noinline)) unsigned g529(unsigned x);
__attribute__((noinline)) unsigned g530(unsigned x);
__attribute__((noinline)) unsigned g531(unsigned x);
__attribute__((noinline)) unsigned g532(unsigned x);
__attribute__((noinline)) unsigned g533(unsigned x);
__attribute__((noinline)) unsigned g534(unsigned x);
__attribute__((noinline)) unsigned g535(unsigned x);
__attribute__((noinline)) unsigned g536(unsigned x);
__attribute__((noinline)) unsigned g537(unsigned x);
__attribute__((noinline)) unsigned g538(unsigned x);
__attribute__((noinline)) unsigned g539(unsigned x);
__attribute__((noinline)) unsigned g540(unsigned x);
__attribute__((noinline)) unsigned g541(unsigned x);
__attribute__((noinline)) unsigned g542(unsigned x);
__attribute__((noinline)) unsigned g543(unsigned x);
__attribute__((noinline)) unsigned g544(unsigned x);
__attribute__((noinline)) unsigned g545(unsigned x);
__attribute__((noinline)) unsigned g546(unsigned x);
__attribute__((noinline)) unsigned g547(unsigned x);
__attribute__((noinline)) unsigned g548(unsigned x);
__attribute__((noinline)) unsigned g549(unsigned x);
__attribute__((noinline)) unsigned g550(unsigned x);
__attribute__((noinline)) unsigned g551(unsigned x);
__attribute__((noinline)) unsigned g552(unsigned x);
__attribute__((noinline)) unsigned g553(unsigned x);
__attribute__((noinline)) unsigned g554(unsigned x);
__attribute__((noinline)) unsigned g555(unsigned x);
__attribute__((noinline)) unsigned g556(unsigned x);
__attribute__((noinline)) unsigned g557(unsigned x);
__attribute__((noinline)) unsigned g558(unsigned x);
__attribute__((noinline)) unsigned g559(unsigned x);
__attribute__((noinline)) unsigned g560(unsigned x);
__attribute__((noinline)) unsigned g561(unsigned x);
__attribute__((noinline)) unsigned g562(unsigned x);
__attribute__((noinline)) unsigned g563(unsigned x);
__attribute__((noinline)) unsigned g564(unsigned x);
__attribute__((noinline)) unsigned g565(unsigned x);
__attribute__((noinline)) unsigned g566(unsigned x);
__attribute__((noinline)) unsigned g567(unsigned x);
__attribute__((noinline)) unsigned g568(unsigned x);
__attribute__((noinline)) unsigned g569(unsigned x);
__attribute__((noinline)) unsigned g570(unsigned x);
__attribute__((noinline)) unsigned g571(unsigned x);
__attribute__((noinline)) unsigned g572(unsigned x);
__attribute__((noinline)) unsigned g573(unsigned x);
__attribute__((noinline)) unsigned g574(unsigned x);
__attribute__((noinline)) unsigned g575(unsigned x);
__attribute__((noinline)) unsigned g576(unsigned x);
__attribute__((noinline)) unsigned g577(unsigned x);
__attribute__((noinline)) unsigned g578(unsigned x);
__attribute__((noinline)) unsigned g579(unsigned x);
__attribute__((noinline)) unsigned g580(unsigned x);
__attribute__((noinline)) unsigned g581(unsigned x);
__attribute__((noinline)) unsigned g582(unsigned x);
__attribute__((noinline)) unsigned g583(unsigned x);
__attribute__((noinline)) unsigned g584(unsigned x);
__attribute__((noinline)) unsigned g585(unsigned x);
__attribute__((noinline)) unsigned g586(unsigned x);
__attribute__((noinline)) unsigned g587(unsigned x);
__attribute__((noinline)) unsigned g588(unsigned x);
__attribute__((noinline)) unsigned g589(unsigned x);
__attribute__((noinline)) unsigned g590(unsigned x);
__attribute__((noinline)) unsigned g591(unsigned x);
__attribute__((noinline)) unsigned g592(unsigned x);
__attribute__((noinline)) unsigned g593(unsigned x);
__attribute__((noinline)) unsigned g594(unsigned x);
__attribute__((noinline)) unsigned g595(unsigned x);
__attribute__((noinline)) unsigned g596(unsigned x);
__attribute__((noinline)) unsigned g597(unsigned x);
__attribute__((noinline)) unsigned g598(unsigned x);
__attribute__((noinline)) unsigned g599(unsigned x);
__attribute__((noinline)) unsigned g600(unsigned x);
__attribute__((noinline)) unsigned g601(unsigned x);
__attribute__((noinline)) unsigned g602(unsigned x);
__attribute__((noinline)) unsigned g603(unsigned x);
__attribute__((noinline)) unsigned g604(unsigned x);
__attribute__((noinline)) unsigned g605(unsigned x);
__attribute__((noinline)) unsigned g606(unsigned x);
__attribute__((noinline)) unsigned g607(unsigned x);
__attribute__((noinline)) unsigned g608(unsigned x);
__attribute__((noinline)) unsigned g609(unsigned x);
__attribute__((noinline)) unsigned g610(unsigned x);
__attribute__((noinline)) unsigned g611(unsigned x);
__attribute__((noinline)) unsigned g612(unsigned x);
__attribute__((noinline)) unsigned g613(unsigned x);
__attribute__((noinline)) unsigned g614(unsigned x);
__attribute__((noinline)) unsigned g615(unsigned x);
__attribute__((noinline)) unsigned g616(unsigned x);
__attribute__((noinline)) unsigned g617(unsigned x);
__attribute__((noinline)) unsigned g618(unsigned x);
__attribute__((noinline)) unsigned g619(unsigned x);
__attribute__((noinline)) unsigned g620(unsigned x);
__attribute__((noinline)) unsigned g621(unsigned x);
__attribute__((noinline)) unsigned g622(unsigned x);
__attribute__((noinline)) unsigned g623(unsigned x);
__attribute__((noinline)) unsigned g624(unsigned x);
__attribute__((noinline)) unsigned g625(unsigned x);
__attribute__((noinline)) unsigned g626(unsigned x);
__attribute__((noinline)) unsigned g627(unsigned x);
__attribute__((noinline)) unsigned g628(unsigned x);
__attribute__((noinline)) unsigned g629(unsigned x);
__attribute__((noinline)) unsigned g630(unsigned x);
__attribute__((noinline)) unsigned g631(unsigned x);
__attribute__((noinline)) unsigned g632(unsigned x);
__attribute__((noinline)) unsigned g633(unsigned x);
__attribute__((noinline)) unsigned g634(unsigned x);
__attribute__((noinline)) unsigned g635(unsigned x);
__attribute__((noinline)) unsigned g636(unsigned x);
__attribute__((noinline)) unsigned g637(unsigned x);
__attribute__((noinline)) unsigned g638(unsigned x);
__attribute__((noinline)) unsigned g639(unsigned x);
__attribute__((noinline)) unsigned g640(unsigned x);
__attribute__((noinline)) unsigned g641(unsigned x);
__attribute__((noinline)) unsigned g642(unsigned x);
__attribute__((noinline)) unsigned g643(unsigned x);
__attribute__((noinline)) unsigned g644(unsigned x);
__attribute__((noinline)) unsigned g645(unsigned x);
__attribute__((noinline)) unsigned g646(unsigned x);
__attribute__((noinline)) unsigned g647(unsigned x);
__attribute__((noinline)) unsigned g648(unsigned x);
__attribute__((noinline)) unsigned g649(unsigned x);
__attribute__((noinline)) unsigned g650(unsigned x);
__attribute__((noinline)) unsigned g651(unsigned x);
__attribute__((noinline)) unsigned g652(unsigned x);
__attribute__((noinline)) unsigned g653(unsigned x);
__attribute__((noinline)) unsigned g654(unsigned x);
__attribute__((noinline)) unsigned g655(unsigned x);
__attribute__((noinline)) unsigned g656(unsigned x);
__attribute__((noinline)) unsigned g657(unsigned x);
__attribute__((noinline)) unsigned g658(unsigned x);
__attribute__((noinline)) unsigned g659(unsigned x);
__attribute__((noinline)) unsigned g660(unsigned x);
__attribute__((noinline)) unsigned g661(unsigned x);
__attribute__((noinline)) unsigned g662(unsigned x);
__attribute__((noinline)) unsigned g663(unsigned x);
__attribute__((noinline)) unsigned g664(unsigned x);
__attribute__((noinline)) unsigned g665(unsigned x);
__attribute__((noinline)) unsigned g666(unsigned x);
__attribute__((noinline)) unsigned g667(unsigned x);
__attribute__((noinline)) unsigned g668(unsigned x);
__attribute__((noinline)) unsigned g669(unsigned x);
__attribute__((noinline)) unsigned g670(unsigned x);
__attribute__((noinline)) unsigned g671(unsigned x);
__attribute__((noinline)) unsigned g672(unsigned x);
__attribute__((noinline)) unsigned g673(unsigned x);
__attribute__((noinline)) unsigned g674(unsigned x);
__attribute__((noinline)) unsigned g675(unsigned x);
__attribute__((noinline)) unsigned g676(unsigned x);
__attribute__((noinline)) unsigned g677(unsigned x);
__attribute__((noinline)) unsigned g678(unsigned x);
__attribute__((noinline)) unsigned g679(unsigned x);
__attribute__((noinline)) unsigned g680(unsigned x);
__attribute__((noinline)) unsigned g681(unsigned x);
__attribute__((noinline)) unsigned g682(unsigned x);
__attribute__((noinline)) unsigned g683(unsigned x);
__attribute__((noinline)) unsigned g684(unsigned x);
__attribute__((noinline)) unsigned g685(unsigned x);
__attribute__((noinline)) unsigned g686(unsigned x);
__attribute__((noinline)) unsigned g687(unsigned x);
__attribute__((noinline)) unsigned g688(unsigned x);
__attribute__((noinline)) unsigned g689(unsigned x);
__attribute__((noinline)) unsigned g690(unsigned x);
__attribute__((noinline)) unsigned g691(unsigned x);
__attribute__((noinline)) unsigned g692(unsigned x);
__attribute__((noinline)) unsigned g693(unsigned x);
__attribute__((noinline)) unsigned g694(unsigned x);
__attribute__((noinline)) unsigned g695(unsigned x);
__attribute__((noinline)) unsigned g696(unsigned x);
__attribute__((noinline)) unsigned g697(unsigned x);
__attribute__((noinline)) unsigned g698(unsigned x);
__attribute__((noinline)) unsigned g699(unsigned x);
__attribute__((noinline)) unsigned g700(unsigned x);
__attribute__((noinline)) unsigned g701(unsigned x);
__attribute__((noinline)) unsigned g702(unsigned x);
__attribute__((noinline)) unsigned g703(unsigned x);
__attribute__((noinline)) unsigned g704(unsigned x);
__attribute__((noinline)) unsigned g705(unsigned x);
__attribute__((noinline)) unsigned g706(unsigned x);
__attribute__((noinline)) unsigned g707(unsigned x);
__attribute__((noinline)) unsigned g708(unsigned x);
__attribute__((noinline)) unsigned g709(unsigned x);
__attribute__((noinline)) unsigned g710(unsigned x);
__attribute__((noinline)) unsigned g711(unsigned x);
__attribute__((noinline)) unsigned g712(unsigned x);
__attribute__((noinline)) unsigned g713(unsigned x);
__attribute__((noinline)) unsigned g714(unsigned x);
__attribute__((noinline)) unsigned g715(unsigned x);
__attribute__((noinline)) unsigned g716(unsigned x);
__attribute__((noinline)) unsigned g717(unsigned x);
__attribute__((noinline)) unsigned g718(unsigned x);
__attribute__((noinline)) unsigned g719(unsigned x);
__attribute__((noinline)) unsigned g720(unsigned x);
__attribute__((noinline)) unsigned g721(unsigned x);
__attribute__((noinline)) unsigned g722(unsigned x);
__attribute__((noinline)) unsigned g723(unsigned x);
__attribute__((noinline)) unsigned g724(unsigned x);
__attribute__((noinline)) unsigned g725(unsigned x);
__attribute__((noinline)) unsigned g726(unsigned x);
__attribute__((noinline)) unsigned g727(unsigned x);
__attribute__((noinline)) unsigned g728(unsigned x);
__attribute__((noinline)) unsigned g729(unsigned x);
__attribute__((noinline)) unsigned g730(unsigned x);
__attribute__((noinline)) unsigned g731(unsigned x);
__attribute__((noinline)) unsigned g732(unsigned x);
__attribute__((noinline)) unsigned g733(unsigned x);
__attribute__((noinline)) unsigned g734(unsigned x);
__attribute__((noinline)) unsigned g735(unsigned x);
__attribute__((noinline)) unsigned g736(unsigned x);
__attribute__((noinline)) unsigned g737(unsigned x);
__attribute__((noinline)) unsigned g738(unsigned x);
__attribute__((noinline)) unsigned g739(unsigned x);
__attribute__((noinline)) unsigned g740(unsigned x);
__attribute__((noinline)) unsigned g741(unsigned x);
__attribute__((noinline)) unsigned g742(unsigned x);
__attribute__((noinline)) unsigned g743(unsigned x);
__attribute__((noinline)) unsigned g744(unsigned x);
__attribute__((noinline)) unsigned g745(unsigned x);
__attribute__((noinline)) unsigned g746(unsigned x);
__attribute__((noinline)) unsigned g747(unsigned x);
__attribute__((noinline)) unsigned g748(unsigned x);
__attribute__((noinline)) unsigned g749(unsigned x);
__attribute__((noinline)) unsigned g750(unsigned x);
__attribute__((noinline)) unsigned g751(unsigned x);
__attribute__((noinline)) unsigned g752(unsigned x);
__attribute__((noinline)) unsigned g753(unsigned x);
__attribute__((noinline)) unsigned g754(unsigned x);
__attribute__((noinline)) unsigned g755(unsigned x);
__attribute__((noinline)) unsigned g756(unsigned x);
__attribute__((noinline)) unsigned g757(unsigned x);
__attribute__((noinline)) unsigned g758(unsigned x);
__attribute__((noinline)) unsigned g759(unsigned x);
__attribute__((noinline)) unsigned g760(unsigned x);
__attribute__((noinline)) unsigned g761(unsigned x);
__attribute__((noinline)) unsigned g762(unsigned x);
__attribute__((noinline)) unsigned g763(unsigned x);
__attribute__((noinline)) unsigned g764(unsigned x);
__attribute__((noinline)) unsigned g765(unsigned x);
__attribute__((noinline)) unsigned g766(unsigned x);
__attribute__((noinline)) unsigned g767(unsigned x);
__attribute__((noinline)) unsigned g768(unsigned x);
__attribute__((noinline)) unsigned g769(unsigned x);
__attribute__((noinline)) unsigned g770(unsigned x);
__attribute__((noinline)) unsigned g771(unsigned x);
__attribute__((noinline)) unsigned g772(unsigned x);
__attribute__((noinline)) unsigned g773(unsigned x);
__attribute__((noinline)) unsigned g774(unsigned x);
__attribute__((noinline)) unsigned g775(unsigned x);
__attribute__((noinline)) unsigned g776(unsigned x);
__attribute__((noinline)) unsigned g777(unsigned x);
__attribute__((noinline)) unsigned g778(unsigned x);
__attribute__((noinline)) unsigned g779(unsigned x);
__attribute__((noinline)) unsigned g780(unsigned x);
__attribute__((noinline)) unsigned g781(unsigned x);
__attribute__((noinline)) unsigned g782(unsigned x);
__attribute__((noinline)) unsigned g783(unsigned x);
__attribute__((noinline)) unsigned g784(unsigned x);
__attribute__((noinline)) unsigned g785(unsigned x);
__attribute__((noinline)) unsigned g786(unsigned x);
__attribute__((noinline)) unsigned g787(unsigned x);
__attribute__((noinline)) unsigned g788(unsigned x);
__attribute__((noinline)) unsigned g789(unsigned x);
__attribute__((noinline)) unsigned g790(unsigned x);
__attribute__((noinline)) unsigned g791(unsigned x);
__attribute__((noinline)) unsigned g792(unsigned x);
__attribute__((noinline)) unsigned g793(unsigned x);
__attribute__((noinline)) unsigned g794(unsigned x);
__attribute__((noinline)) unsigned g795(unsigned x);
__attribute__((noinline)) unsigned g796(unsigned x);
__attribute__((noinline)) unsigned g797(unsigned x);
__attribute__((noinline)) unsigned g798(unsigned x);
__attribute__((noinline)) unsigned g799(unsigned x);
__attribute__((noinline)) unsigned g800(unsigned x);
__attribute__((noinline)) unsigned g801(unsigned x);
__attribute__((noinline)) unsigned g802(unsigned x);
__attribute__((noinline)) unsigned g803(unsigned x);
__attribute__((noinline)) unsigned g804(unsigned x);
__attribute__((noinline)) unsigned g805(unsigned x);
__attribute__((noinline)) unsigned g806(unsigned x);
__attribute__((noinline)) unsigned g807(unsigned x);
__attribute__((noinline)) unsigned g808(unsigned x);
__attribute__((noinline)) unsigned g809(unsigned x);
__attribute__((noinline)) unsigned g810(unsigned x);
__attribute__((noinline)) unsigned g811(unsigned x);
__attribute__((noinline)) unsigned g812(unsigned x);
__attribute__((noinline)) unsigned g813(unsigned x);
__attribute__((noinline)) unsigned g814(unsigned x);
__attribute__((noinline)) unsigned g815(unsigned x);
__attribute__((noinline)) unsigned g816(unsigned x);
__attribute__((noinline)) unsigned g817(unsigned x);
__attribute__((noinline)) unsigned g818(unsigned x);
__attribute__((noinline)) unsigned g819(unsigned x);
__attribute__((noinline)) unsigned g820(unsigned x);
__attribute__((noinline)) unsigned g821(unsigned x);
__attribute__((noinline)) unsigned g822(unsigned x);
__attribute__((noinline)) unsigned g823(unsigned x);
__attribute__((noinline)) unsigned g824(unsigned x);
__attribute__((noinline)) unsigned g825(unsigned x);
__attribute__((noinline)) unsigned g826(unsigned x);
__attribute__((noinline)) unsigned g827(unsigned x);
__attribute__((noinline)) unsigned g828(unsigned x);
__attribute__((noinline)) unsigned g829(unsigned x);
__attribute__((noinline)) unsigned g830(unsigned x);
__attribute__((noinline)) unsigned g831(unsigned x);
__attribute__((noinline)) unsigned g832(unsigned x);
__attribute__((noinline)) unsigned g833(unsigned x);
__attribute__((noinline)) unsigned g834(unsigned x);
__attribute__((noinline)) unsigned g835(unsigned x);
__attribute__((noinline)) unsigned g836(unsigned x);
__attribute__((noinline)) unsigned g837(unsigned x);
__attribute__((noinline)) unsigned g838(unsigned x);
__attribute__((noinline)) unsigned g839(unsigned x);
__attribute__((noinline)) unsigned g840(unsigned x);
__attribute__((noinline)) unsigned g841(unsigned x);
__attribute__((noinline)) unsigned g842(unsigned x);
__attribute__((noinline)) unsigned g843(unsigned x);
__attribute__((noinline)) unsigned g844(unsigned x);
__attribute__((noinline)) unsigned g845(unsigned x);
__attribute__((noinline)) unsigned g846(unsigned x);
__attribute__((noinline)) unsigned g847(unsigned x);
__attribute__((noinline)) unsigned g848(unsigned x);
__attribute__((noinline)) unsigned g849(unsigned x);
__attribute__((noinline)) unsigned g850(unsigned x);
__attribute__((noinline)) unsigned g851(unsigned x);
__attribute__((noinline)) unsigned g852(unsigned x);
__attribute__((noinline)) unsigned g853(unsigned x);
__attribute__((noinline)) unsigned g854(unsigned x);
__attribute__((noinline)) unsigned g855(unsigned x);
__attribute__((noinline)) unsigned g856(unsigned x);
__attribute__((noinline)) unsigned g857(unsigned x);
__attribute__((noinline)) unsigned g858(unsigned x);
__attribute__((noinline)) unsigned g859(unsigned x);
__attribute__((noinline)) unsigned g860(unsigned x);
__attribute__((noinline)) unsigned g861(unsigned x);
__attribute__((noinline)) unsigned g862(unsigned x);
__attribute__((noinline)) unsigned g863(unsigned x);
__attribute__((noinline)) unsigned g864(unsigned x);
__attribute__((noinline)) unsigned g865(unsigned x);
__attribute__((noinline)) unsigned g866(unsigned x);
__attribute__((noinline)) unsigned g867(unsigned x);
__attribute__((noinline)) unsigned g868(unsigned x);
__attribute__((noinline)) unsigned g869(unsigned x);
__attribute__((noinline)) unsigned g870(unsigned x);
__attribute__((noinline)) unsigned g871(unsigned x);
__attribute__((noinline)) unsigned g872(unsigned x);
__attribute__((noinline)) unsigned g873(unsigned x);
__attribute__((noinline)) unsigned g874(unsigned x);
__attribute__((noinline)) unsigned g875(unsigned x);
__attribute__((noinline)) unsigned g876(unsigned x);
__attribute__((noinline)) unsigned g877(unsigned x);
__attribute__((noinline)) unsigned g878(unsigned x);
__attribute__((noinline)) unsigned g879(unsigned x);
__attribute__((noinline)) unsigned g880(unsigned x);
__attribute__((noinline)) unsigned g881(unsigned x);
__attribute__((noinline)) unsigned g882(unsigned x);
__attribute__((noinline)) unsigned g883(unsigned x);
__attribute__((noinline)) unsigned g884(unsigned x);
__attribute__((noinline)) unsigned g885(unsigned x);
__attribute__((noinline)) unsigned g886(unsigned x);
__attribute__((noinline)) unsigned g887(unsigned x);
__attribute__((noinline)) unsigned g888(unsigned x);
__attribute__((noinline)) unsigned g889(unsigned x);
__attribute__((noinline)) unsigned g890(unsigned x);
__attribute__((noinline)) unsigned g891(unsigned x);
__attribute__((noinline)) unsigned g892(unsigned x);
__attribute__((noinline)) unsigned g893(unsigned x);
__attribute__((noinline)) unsigned g894(unsigned x);
__attribute__((noinline)) unsigned g895(unsigned x);
__attribute__((noinline)) unsigned g896(unsigned x);
__attribute__((noinline)) unsigned g897(unsigned x);
__attribute__((noinline)) unsigned g898(unsigned x);
__attribute__((noinline)) unsigned g899(unsigned x);
__attribute__((noinline)) unsigned g900(unsigned x);
__attribute__((noinline)) unsigned g901(unsigned x);
__attribute__((noinline)) unsigned g902(unsigned x);
__attribute__((noinline)) unsigned g903(unsigned x);
__attribute__((noinline)) unsigned g904(unsigned x);
__attribute__((noinline)) unsigned g905(unsigned x);
__attribute__((noinline)) unsigned g906(unsigned x);
__attribute__((noinline)) unsigned g907(unsigned x);
__attribute__((noinline)) unsigned g908(unsigned x);
__attribute__((noinline)) unsigned g909(unsigned x);
__attribute__((noinline)) unsigned g910(unsigned x);
__attribute__((noinline)) unsigned g911(unsigned x);
__attribute__((noinline)) unsigned g912(unsigned x);
__attribute__((noinline)) unsigned g913(unsigned x);
__attribute__((noinline)) unsigned g914(unsigned x);
__attribute__((noinline)) unsigned g915(unsigned x);
__attribute__((noinline)) unsigned g916(unsigned x);
__attribute__((noinline)) unsigned g917(unsigned x);
__attribute__((noinline)) unsigned g918(unsigned x);
__attribute__((noinline)) unsigned g919(unsigned x);
__attribute__((noinline)) unsigned g920(unsigned x);
__attribute__((noinline)) unsigned g921(unsigned x);
__attribute__((noinline)) unsigned g922(unsigned x);
__attribute__((noinline)) unsigned g923(unsigned x);
__attribute__((noinline)) unsigned g924(unsigned x);
__attribute__((noinline)) unsigned g925(unsigned x);
__attribute__((noinline)) unsigned g926(unsigned x);
__attribute__((noinline)) unsigned g927(unsigned x);
__attribute__((noinline)) unsigned g928(unsigned x);
__attribute__((noinline)) unsigned g929(unsigned x);
__attribute__((noinline)) unsigned g930(unsigned x);
__attribute__((noinline)) unsigned g931(unsigned x);
__attribute__((noinline)) unsigned g932(unsigned x);
__attribute__((noinline)) unsigned g933(unsigned x);
__attribute__((noinline)) unsigned g934(unsigned x);
__attribute__((noinline)) unsigned g935(unsigned x);
__attribute__((noinline)) unsigned g936(unsigned x);
__attribute__((noinline)) unsigned g937(unsigned x);
__attribute__((noinline)) unsigned g938(unsigned x);
__attribute__((noinline)) unsigned g939(unsigned x);
__attribute__((noinline)) unsigned g940(unsigned x);
__attribute__((noinline)) unsigned g941(unsigned x);
__attribute__((noinline)) unsigned g942(unsigned x);
__attribute__((noinline)) unsigned g943(unsigned x);
__attribute__((noinline)) unsigned g944(unsigned x);
__attribute__((noinline)) unsigned g945(unsigned x);
__attribute__((noinline)) unsigned g946(unsigned x);
__attribute__((noinline)) unsigned g947(unsigned x);
__attribute__((noinline)) unsigned g948(unsigned x);
__attribute__((noinline)) unsigned g949(unsigned x);
__attribute__((noinline)) unsigned g950(unsigned x);
__attribute__((noinline)) unsigned g951(unsigned x);
__attribute__((noinline)) unsigned g952(unsigned x);
__attribute__((noinline)) unsigned g953(unsigned x);
__attribute__((noinline)) unsigned g954(unsigned x);
__attribute__((noinline)) unsigned g955(unsigned x);
__attribute__((noinline)) unsigned g956(unsigned x);
__attribute__((noinline)) unsigned g957(unsigned x);
__attribute__((noinline)) unsigned g958(unsigned x);
__attribute__((noinline)) unsigned g959(unsigned x);
__attribute__((noinline)) unsigned g960(unsigned x);
__attribute__((noinline)) unsigned g961(unsigned x);
__attribute__((noinline)) unsigned g962(unsigned x);
__attribute__((noinline)) unsigned g963(unsigned x);
__attribute__((noinline)) unsigned g964(unsigned x);
__attribute__((noinline)) unsigned g965(unsigned x);
__attribute__((noinline)) unsigned g966(unsigned x);
__attribute__((noinline)) unsigned g967(unsigned x);
__attribute__((noinline)) unsigned g968(unsigned x);
__attribute__((noinline)) unsigned g969(unsigned x);
__attribute__((noinline)) unsigned g970(unsigned x);
__attribute__((noinline)) unsigned g971(unsigned x);
__attribute__((noinline)) unsigned g972(unsigned x);
__attribute__((noinline)) unsigned g973(unsigned x);
__attribute__((noinline)) unsigned g974(unsigned x);
__attribute__((noinline)) unsigned g975(unsigned x);
__attribute__((noinline)) unsigned g976(unsigned x);
__attribute__((noinline)) unsigned g977(unsigned x);
__attribute__((noinline)) unsigned g978(unsigned x);
__attribute__((noinline)) unsigned g979(unsigned x);
__attribute__((noinline)) unsigned g980(unsigned x);
__attribute__((noinline)) unsigned g981(unsigned x);
__attribute__((noinline)) unsigned g982(unsigned x);
__attribute__((noinline)) unsigned g983(unsigned x);
__attribute__((noinline)) unsigned g984(unsigned x);
__attribute__((noinline)) unsigned g985(unsigned x);
__attribute__((noinline)) unsigned g986(unsigned x);
__attribute__((noinline)) unsigned g987(unsigned x);
__attribute__((noinline)) unsigned g988(unsigned x);
__attribute__((noinline)) unsigned g989(unsigned x);
__attribute__((noinline)) unsigned g990(unsigned x);
__attribute__((noinline)) unsigned g991(unsigned x);
__attribute__((noinline)) unsigned g992(unsigned x);
__attribute__((noinline)) unsigned g993(unsigned x);
__attribute__((noinline)) unsigned g994(unsigned x);
__attribute__((noinline)) unsigned g995(unsigned x);
__attribute__((noinline)) unsigned g996(unsigned x);
__attribute__((noinline)) unsigned g997(unsigned x);
__attribute__((noinline)) unsigned g998(unsigned x);
__attribute__((noinline)) unsigned g999(unsigned x);
__attribute__((noinline)) unsigned g1000(unsigned x);
__attribute__((noinline)) unsigned g1001(unsigned x);
__attribute__((noinline)) unsigned g1002(unsigned x);
__attribute__((noinline)) unsigned g1003(unsigned x);
__attribute__((noinline)) unsigned g1004(unsigned x);
__attribute__((noinline)) unsigned g1005(unsigned x);
__attribute__((noinline)) unsigned g1006(unsigned x);
__attribute__((noinline)) unsigned g1007(unsigned x);
__attribute__((noinline)) unsigned g1008(unsigned x);
__attribute__((noinline)) unsigned g1009(unsigned x);
__attribute__((noinline)) unsigned g1010(unsigned x);
__attribute__((noinline)) unsigned g1011(unsigned x);
__attribute__((noinline)) unsigned g1012(unsigned x);
__attribute__((noinline)) unsigned g1013(unsigned x);
__attribute__((noinline)) unsigned g1014(unsigned x);
__attribute__((noinline)) unsigned g1015(unsigned x);
__attribute__((noinline)) unsigned g1016(unsigned x);
__attribute__((noinline)) unsigned g1017(unsigned x);
__attribute__((noinline)) unsigned g1018(unsigned x);
__attribute__((noinline)) unsigned g1019(unsigned x);
__attribute__((noinline)) unsigned g1020(unsigned x);
__attribute__((noinline)) unsigned g1021(unsigned x);
__attribute__((noinline)) unsigned g1022(unsigned x);
__attribute__((noinline)) unsigned g1023(unsigned x);
__attribute__((noinline)) unsigned g1024(unsigned x);
__attribute__((noinline)) unsigned g1025(unsigned x);
__attribute__((noinline)) unsigned g1026(unsigned x);
__attribute__((noinline)) unsigned g1027(unsigned x);
__attribute__((noinline)) unsigned g1028(unsigned x);
__attribute__((noinline)) unsigned g1029(unsigned x);
__attribute__((noinline)) unsigned g1030(unsigned x);
__attribute__((noinline)) unsigned g1031(unsigned x);
__attribute__((noinline)) unsigned g1032(unsigned x);
__attribute__((noinline)) unsigned g1033(unsigned x);
__attribute__((noinline)) unsigned g1034(unsigned x);
__attribute__((noinline)) unsigned g1035(unsigned x);
__attribute__((noinline)) unsigned g1036(unsigned x);
__attribute__((noinline)) unsigned g1037(unsigned x);
__attribute__((noinline)) unsigned g1038(unsigned x);
__attribute__((noinline)) unsigned g1039(unsigned x);
__attribute__((noinline)) unsigned g1040(unsigned x);
__attribute__((noinline)) unsigned g1041(unsigned x);
__attribute__((noinline)) unsigned g1042(unsigned x);
__attribute__((noinline)) unsigned g1043(unsigned x);
__attribute__((noinline)) unsigned g1044(unsigned x);
__attribute__((noinline)) unsigned g1045(unsigned x);
__attribute__((noinline)) unsigned g1046(unsigned x);
__attribute__((noinline)) unsigned g1047(unsigned x);
__attribute__((noinline)) unsigned g1048(unsigned x);
__attribute__((noinline)) unsigned g1049(unsigned x);
__attribute__((noinline)) unsigned g1050(unsigned x);
__attribute__((noinline)) unsigned g1051(unsigned x);
__attribute__((noinline)) unsigned g1052(unsigned x);
__attribute__((noinline)) unsigned g1053(unsigned x);
__attribute__((noinline)) unsigned g1054(unsigned x);
__attribute__((noinline)) unsigned g1055(unsigned x);
__attribute__((noinline)) unsigned g1056(unsigned x);
__attribute__((noinline)) unsigned g1057(unsigned x);
__attribute__((noinline)) unsigned g1058(unsigned x);
__attribute__((noinline)) unsigned g1059(unsigned x);
__attribute__((noinline)) unsigned g1060(unsigned x);
__attribute__((noinline)) unsigned g1061(unsigned x);
__attribute__((noinline)) unsigned g1062(unsigned x);
__attribute__((noinline)) unsigned g1063(unsigned x);
__attribute__((noinline)) unsigned g1064(unsigned x);
__attribute__((noinline)) unsigned g1065(unsigned x);
__attribute__((noinline)) unsigned g1066(unsigned x);
__attribute__((noinline)) unsigned g1067(unsigned x);
__attribute__((noinline)) unsigned g1068(unsigned x);
__attribute__((noinline)) unsigned g1069(unsigned x);
__attribute__((noinline)) unsigned g1070(unsigned x);
__attribute__((noinline)) unsigned g1071(unsigned x);
__attribute__((noinline)) unsigned g1072(unsigned x);
__attribute__((noinline)) unsigned g1073(unsigned x);
__attribute__((noinline)) unsigned g1074(unsigned x);
__attribute__((noinline)) unsigned g1075(unsigned x);
__attribute__((noinline)) unsigned g1076(unsigned x);
__attribute__((noinline)) unsigned g1077(unsigned x);
__attribute__((noinline)) unsigned g1078(unsigned x);
__attribute__((noinline)) unsigned g1079(unsigned x);
__attribute__((noinline)) unsigned g1080(unsigned x);
__attribute__((noinline)) unsigned g1081(unsigned x);
__attribute__((noinline)) unsigned g1082(unsigned x);
__attribute__((noinline)) unsigned g1083(unsigned x);
__attribute__((noinline)) unsigned g1084(unsigned x);
__attribute__((noinline)) unsigned g1085(unsigned x);
__attribute__((noinline)) unsigned g1086(unsigned x);
__attribute__((noinline)) unsigned g1087(unsigned x);
__attribute__((noinline)) unsigned g1088(unsigned x);
__attribute__((noinline)) unsigned g1089(unsigned x);
__attribute__((noinline)) unsigned g1090(unsigned x);
__attribute__((noinline)) unsigned g1091(unsigned x);
__attribute__((noinline)) unsigned g1092(unsigned x);
__attribute__((noinline)) unsigned g1093(unsigned x);
__attribute__((noinline)) unsigned g1094(unsigned x);
__attribute__((noinline)) unsigned g1095(unsigned x);
__attribute__((noinline)) unsigned g1096(unsigned x);
__attribute__((noinline)) unsigned g1097(unsigned x);
__attribute__((noinline)) unsigned g1098(unsigned x);
__attribute__((noinline)) unsigned g1099(unsigned x);
__attribute__((noinline)) unsigned g1100(unsigned x);
__attribute__((noinline)) unsigned g1101(unsigned x);
__attribute__((noinline)) unsigned g1102(unsigned x);
__attribute__((noinline)) unsigned g1103(unsigned x);
__attribute__((noinline)) unsigned g1104(unsigned x);
__attribute__((noinline)) unsigned g1105(unsigned x);
__attribute__((noinline)) unsigned g1106(unsigned x);
__attribute__((noinline)) unsigned g1107(unsigned x);
__attribute__((noinline)) unsigned g1108(unsigned x);
__attribute__((noinline)) unsigned g1109(unsigned x);
__attribute__((noinline)) unsigned g1110(unsigned x);
__attribute__((noinline)) unsigned g1111(unsigned x);
__attribute__((noinline)) unsigned g1112(unsigned x);
__attribute__((noinline)) unsigned g1113(unsigned x);
__attribute__((noinline)) unsigned g1114(unsigned x);
__attribute__((noinline)) unsigned g1115(unsigned x);
__attribute__((noinline)) unsigned g1116(unsigned x);
__attribute__((noinline)) unsigned g1117(unsigned x);
__attribute__((noinline)) unsigned g1118(unsigned x);
__attribute__((noinline)) unsigned g1119(unsigned x);
__attribute__((noinline)) unsigned g1120(unsigned x);
__attribute__((noinline)) unsigned g1121(unsigned x);
__attribute__((noinline)) unsigned g1122(unsigned x);
__attribute__((noinline)) unsigned g1123(unsigned x);
__attribute__((noinline)) unsigned g1124(unsigned x);
__attribute__((noinline)) unsigned g1125(unsigned x);
__attribute__((noinline)) unsigned g1126(unsigned x);
__attribute__((noinline)) unsigned g1127(unsigned x);
__attribute__((noinline)) unsigned g1128(unsigned x);
__attribute__((noinline)) unsigned g1129(unsigned x);
__attribute__((noinline)) unsigned g1130(unsigned x);
__attribute__((noinline)) unsigned g1131(unsigned x);
__attribute__((noinline)) unsigned g1132(unsigned x);
__attribute__((noinline)) unsigned g1133(unsigned x);
__attribute__((noinline)) unsigned g1134(unsigned x);
__attribute__((noinline)) unsigned g1135(unsigned x);
__attribute__((noinline)) unsigned g1136(unsigned x);
__attribute__((noinline)) unsigned g1137(unsigned x);
__attribute__((noinline)) unsigned g1138(unsigned x);
__attribute__((noinline)) unsigned g1139(unsigned x);
__attribute__((noinline)) unsigned g1140(unsigned x);
__attribute__((noinline)) unsigned g1141(unsigned x);
__attribute__((noinline)) unsigned g1142(unsigned x);
__attribute__((noinline)) unsigned g1143(unsigned x);
__attribute__((noinline)) unsigned g1144(unsigned x);
__attribute__((noinline)) unsigned g1145(unsigned x);
__attribute__((noinline)) unsigned g1146(unsigned x);
__attribute__((noinline)) unsigned g1147(unsigned x);
__attribute__((noinline)) unsigned g1148(unsigned x);
__attribute__((noinline)) unsigned g1149(unsigned x);
__attribute__((noinline)) unsigned g1150(unsigned x);
__attribute__((noinline)) unsigned g1151(unsigned x);
__attribute__((noinline)) unsigned g1152(unsigned x);
__attribute__((noinline)) unsigned g1153(unsigned x);
__attribute__((noinline)) unsigned g1154(unsigned x);
__attribute__((noinline)) unsigned g1155(unsigned x);
__attribute__((noinline)) unsigned g1156(unsigned x);
__attribute__((noinline)) unsigned g1157(unsigned x);
__attribute__((noinline)) unsigned g1158(unsigned x);
__attribute__((noinline)) unsigned g1159(unsigned x);
__attribute__((noinline)) unsigned g1160(unsigned x);
__attribute__((noinline)) unsigned g1161(unsigned x);
__attribute__((noinline)) unsigned g1162(unsigned x);
__attribute__((noinline)) unsigned g1163(unsigned x);
__attribute__((noinline)) unsigned g1164(unsigned x);
__attribute__((noinline)) unsigned g1165(unsigned x);
__attribute__((noinline)) unsigned g1166(unsigned x);
__attribute__((noinline)) unsigned g1167(unsigned x);
__attribute__((noinline)) unsigned g1168(unsigned x);
__attribute__((noinline)) unsigned g1169(unsigned x);
__attribute__((noinline)) unsigned g1170(unsigned x);
__attribute__((noinline)) unsigned g1171(unsigned x);
__attribute__((noinline)) unsigned g1172(unsigned x);
__attribute__((noinline)) unsigned g1173(unsigned x);
__attribute__((noinline)) unsigned g1174(unsigned x);
__attribute__((noinline)) unsigned g1175(unsigned x);
__attribute__((noinline)) unsigned g1176(unsigned x);
__attribute__((noinline)) unsigned g1177(unsigned x);
__attribute__((noinline)) unsigned g1178(unsigned x);
__attribute__((noinline)) unsigned g1179(unsigned x);
__attribute__((noinline)) unsigned g1180(unsigned x);
__attribute__((noinline)) unsigned g1181(unsigned x);
__attribute__((noinline)) unsigned g1182(unsigned x);
__attribute__((noinline)) unsigned g1183(unsigned x);
__attribute__((noinline)) unsigned g1184(unsigned x);
__attribute__((noinline)) unsigned g1185(unsigned x);
__attribute__((noinline)) unsigned g1186(unsigned x);
__attribute__((noinline)) unsigned g1187(unsigned x);
__attribute__((noinline)) unsigned g1188(unsigned x);
__attribute__((noinline)) unsigned g1189(unsigned x);
__attribute__((noinline)) unsigned g1190(unsigned x);
__attribute__((noinline)) unsigned g1191(unsigned x);
__attribute__((noinline)) unsigned g1192(unsigned x);
__attribute__((noinline)) unsigned g1193(unsigned x);
__attribute__((noinline)) unsigned g1194(unsigned x);
__attribute__((noinline)) unsigned g1195(unsigned x);
__attribute__((noinline)) unsigned g1196(unsigned x);
__attribute__((noinline)) unsigned g1197(unsigned x);
__attribute__((noinline)) unsigned g1198(unsigned x);
__attribute__((noinline)) unsigned g1199(unsigned x);
__attribute__((noinline)) unsigned g1200(unsigned x);
__attribute__((noinline)) unsigned g1201(unsigned x);
__attribute__((noinline)) unsigned g1202(unsigned x);
__attribute__((noinline)) unsigned g1203(unsigned x);
__attribute__((noinline)) unsigned g1204(unsigned x);
__attribute__((noinline)) unsigned g1205(unsigned x);
__attribute__((noinline)) unsigned g1206(unsigned x);
__attribute__((noinline)) unsigned g1207(unsigned x);
__attribute__((noinline)) unsigned g1208(unsigned x);
__attribute__((noinline)) unsigned g1209(unsigned x);
__attribute__((noinline)) unsigned g1210(unsigned x);
__attribute__((noinline)) unsigned g1211(unsigned x);
__attribute__((noinline)) unsigned g1212(unsigned x);
__attribute__((noinline)) unsigned g1213(unsigned x);
__attribute__((noinline)) unsigned g1214(unsigned x);
__attribute__((noinline)) unsigned g1215(unsigned x);
__attribute__((noinline)) unsigned g1216(unsigned x);
__attribute__((noinline)) unsigned g1217(unsigned x);
__attribute__((noinline)) unsigned g1218(unsigned x);
__attribute__((noinline)) unsigned g1219(unsigned x);
__attribute__((noinline)) unsigned g1220(unsigned x);
__attribute__((noinline)) unsigned g1221(unsigned x);
__attribute__((noinline)) unsigned g1222(unsigned x);
__attribute__((noinline)) unsigned g1223(unsigned x);
__attribute__((noinline)) unsigned g1224(unsigned x);
__attribute__((noinline)) unsigned g1225(unsigned x);
__attribute__((noinline)) unsigned g1226(unsigned x);
__attribute__((noinline)) unsigned g1227(unsigned x);
__attribute__((noinline)) unsigned g1228(unsigned x);
__attribute__((noinline)) unsigned g1229(unsigned x);
__attribute__((noinline)) unsigned g1230(unsigned x);
__attribute__((noinline)) unsigned g1231(unsigned x);
__attribute__((noinline)) unsigned g1232(unsigned x);
__attribute__((noinline)) unsigned g1233(unsigned x);
__attribute__((noinline)) unsigned g1234(unsigned x);
__attribute__((noinline)) unsigned g1235(unsigned x);
__attribute__((noinline)) unsigned g1236(unsigned x);
__attribute__((noinline)) unsigned g1237(unsigned x);
__attribute__((noinline)) unsigned g1238(unsigned x);
__attribute__((noinline)) unsigned g1239(unsigned x);
__attribute__((noinline)) unsigned g1240(unsigned x);
__attribute__((noinline)) unsigned g1241(unsigned x);
__attribute__((noinline)) unsigned g1242(unsigned x);
__attribute__((noinline)) unsigned g1243(unsigned x);
__attribute__((noinline)) unsigned g1244(unsigned x);
__attribute__((noinline)) unsigned g1245(unsigned x);
__attribute__((noinline)) unsigned g1246(unsigned x);
__attribute__((noinline)) unsigned g1247(unsigned x);
__attribute__((noinline)) unsigned g1248(unsigned x);
__attribute__((noinline)) unsigned g1249(unsigned x);
__attribute__((noinline)) unsigned g1250(unsigned x);
__attribute__((noinline)) unsigned g1251(unsigned x);
__attribute__((noinline)) unsigned g1252(unsigned x);
__attribute__((noinline)) unsigned g1253(unsigned x);
__attribute__((noinline)) unsigned g1254(unsigned x);
__attribute__((noinline)) unsigned g1255(unsigned x);
__attribute__((noinline)) unsigned g1256(unsigned x);
__attribute__((noinline)) unsigned g1257(unsigned x);
__attribute__((noinline)) unsigned g1258(unsigned x);
__attribute__((noinline)) unsigned g1259(unsigned x);
__attribute__((noinline)) unsigned g1260(unsigned x);
__attribute__((noinline)) unsigned g1261(unsigned x);
__attribute__((noinline)) unsigned g1262(unsigned x);
__attribute__((noinline)) unsigned g1263(unsigned x);
__attribute__((noinline)) unsigned g1264(unsigned x);
__attribute__((noinline)) unsigned g1265(unsigned x);
__attribute__((noinline)) unsigned g1266(unsigned x);
__attribute__((noinline)) unsigned g1267(unsigned x);
__attribute__((noinline)) unsigned g1268(unsigned x);
__attribute__((noinline)) unsigned g1269(unsigned x);
__attribute__((noinline)) unsigned g1270(unsigned x);
__attribute__((noinline)) unsigned g1271(unsigned x);
__attribute__((noinline)) unsigned g1272(unsigned x);
__attribute__((noinline)) unsigned g1273(unsigned x);
__attribute__((noinline)) unsigned g1274(unsigned x);
__attribute__((noinline)) unsigned g1275(unsigned x);
__attribute__((noinline)) unsigned g1276(unsigned x);
__attribute__((noinline)) unsigned g1277(unsigned x);
__attribute__((noinline)) unsigned g1278(unsigned x);
__attribute__((noinline)) unsigned g1279(unsigned x);
__attribute__((noinline)) unsigned g1280(unsigned x);
__attribute__((noinline)) unsigned g1281(unsigned x);
__attribute__((noinline)) unsigned g1282(unsigned x);
__attribute__((noinline)) unsigned g1283(unsigned x);
__attribute__((noinline)) unsigned g1284(unsigned x);
__attribute__((noinline)) unsigned g1285(unsigned x);
__attribute__((noinline)) unsigned g1286(unsigned x);
__attribute__((noinline)) unsigned g1287(unsigned x);
__attribute__((noinline)) unsigned g1288(unsigned x);
__attribute__((noinline)) unsigned g1289(unsigned x);
__attribute__((noinline)) unsigned g1290(unsigned x);
__attribute__((noinline)) unsigned g1291(unsigned x);
__attribute__((noinline)) unsigned g1292(unsigned x);
__attribute__((noinline)) unsigned g1293(unsigned x);
__attribute__((noinline)) unsigned g1294(unsigned x);
__attribute__((noinline)) unsigned g1295(unsigned x);
__attribute__((noinline)) unsigned g1296(unsigned x);
__attribute__((noinline)) unsigned g1297(unsigned x);
__attribute__((noinline)) unsigned g1298(unsigned x);
__attribute__((noinline)) unsigned g1299(unsigned x);
__attribute__((noinline)) unsigned g1300(unsigned x);
__attribute__((noinline)) unsigned g1301(unsigned x);
__attribute__((noinline)) unsigned g1302(unsigned x);
__attribute__((noinline)) unsigned g1303(unsigned x);
__attribute__((noinline)) unsigned g1304(unsigned x);
__attribute__((noinline)) unsigned g1305(unsigned x);
__attribute__((noinline)) unsigned g1306(unsigned x);
__attribute__((noinline)) unsigned g1307(unsigned x);
__attribute__((noinline)) unsigned g1308(unsigned x);
__attribute__((noinline)) unsigned g1309(unsigned x);
__attribute__((noinline)) unsigned g1310(unsigned x);
__attribute__((noinline)) unsigned g1311(unsigned x);
__attribute__((noinline)) unsigned g1312(unsigned x);
__attribute__((noinline)) unsigned g1313(unsigned x);
__attribute__((noinline)) unsigned g1314(unsigned x);
__attribute__((noinline)) unsigned g1315(unsigned x);
__attribute__((noinline)) unsigned g1316(unsigned x);
__attribute__((noinline)) unsigned g1317(unsigned x);
__attribute__((noinline)) unsigned g1318(unsigned x);
__attribute__((noinline)) unsigned g1319(unsigned x);
__attribute__((noinline)) unsigned g1320(unsigned x);
__attribute__((noinline)) unsigned g1321(unsigned x);
__attribute__((noinline)) unsigned g1322(unsigned x);
__attribute__((noinline)) unsigned g1323(unsigned x);
__attribute__((noinline)) unsigned g1324(unsigned x);
__attribute__((noinline)) unsigned g1325(unsigned x);
__attribute__((noinline)) unsigned g1326(unsigned x);
__attribute__((noinline)) unsigned g1327(unsigned x);
__attribute__((noinline)) unsigned g1328(unsigned x);
__attribute__((noinline)) unsigned g1329(unsigned x);
__attribute__((noinline)) unsigned g1330(unsigned x);
__attribute__((noinline)) unsigned g1331(unsigned x);
__attribute__((noinline)) unsigned g1332(unsigned x);
__attribute__((noinline)) unsigned g1333(unsigned x);
__attribute__((noinline)) unsigned g1334(unsigned x);
__attribute__((noinline)) unsigned g1335(unsigned x);
__attribute__((noinline)) unsigned g1336(unsigned x);
__attribute__((noinline)) unsigned g1337(unsigned x);
__attribute__((noinline)) unsigned g1338(unsigned x);
__attribute__((noinline)) unsigned g1339(unsigned x);
__attribute__((noinline)) unsigned g1340(unsigned x);
__attribute__((noinline)) unsigned g1341(unsigned x);
__attribute__((noinline)) unsigned g1342(unsigned x);
__attribute__((noinline)) unsigned g1343(unsigned x);
__attribute__((noinline)) unsigned g1344(unsigned x);
__attribute__((noinline)) unsigned g1345(unsigned x);
__attribute__((noinline)) unsigned g1346(unsigned x);
__attribute__((noinline)) unsigned g1347(unsigned x);
__attribute__((noinline)) unsigned g1348(unsigned x);
__attribute__((noinline)) unsigned g1349(unsigned x);
__attribute__((noinline)) unsigned g1350(unsigned x);
__attribute__((noinline)) unsigned g1351(unsigned x);
__attribute__((noinline)) unsigned g1352(unsigned x);
__attribute__((noinline)) unsigned g1353(unsigned x);
__attribute__((noinline)) unsigned g1354(unsigned x);
__attribute__((noinline)) unsigned g1355(unsigned x);
__attribute__((noinline)) unsigned g1356(unsigned x);
__attribute__((noinline)) unsigned g1357(unsigned x);
__attribute__((noinline)) unsigned g1358(unsigned x);
__attribute__((noinline)) unsigned g1359(unsigned x);
__attribute__((noinline)) unsigned g1360(unsigned x);
__attribute__((noinline)) unsigned g1361(unsigned x);
__attribute__((noinline)) unsigned g1362(unsigned x);
__attribute__((noinline)) unsigned g1363(unsigned x);
__attribute__((noinline)) unsigned g1364(unsigned x);
__attribute__((noinline)) unsigned g1365(unsigned x);
__attribute__((noinline)) unsigned g1366(unsigned x);
__attribute__((noinline)) unsigned g1367(unsigned x);
__attribute__((noinline)) unsigned g1368(unsigned x);
__attribute__((noinline)) unsigned g1369(unsigned x);
__attribute__((noinline)) unsigned g1370(unsigned x);
__attribute__((noinline)) unsigned g1371(unsigned x);
__attribute__((noinline)) unsigned g1372(unsigned x);
__attribute__((noinline)) unsigned g1373(unsigned x);
__attribute__((noinline)) unsigned g1374(unsigned x);
__attribute__((noinline)) unsigned g1375(unsigned x);
__attribute__((noinline)) unsigned g1376(unsigned x);
__attribute__((noinline)) unsigned g1377(unsigned x);
__attribute__((noinline)) unsigned g1378(unsigned x);
__attribute__((noinline)) unsigned g1379(unsigned x);
__attribute__((noinline)) unsigned g1380(unsigned x);
__attribute__((noinline)) unsigned g1381(unsigned x);
__attribute__((noinline)) unsigned g1382(unsigned x);
__attribute__((noinline)) unsigned g1383(unsigned x);
__attribute__((noinline)) unsigned g1384(unsigned x);
__attribute__((noinline)) unsigned g1385(unsigned x);
__attribute__((noinline)) unsigned g1386(unsigned x);
__attribute__((noinline)) unsigned g1387(unsigned x);
__attribute__((noinline)) unsigned g1388(unsigned x);
__attribute__((noinline)) unsigned g1389(unsigned x);
__attribute__((noinline)) unsigned g1390(unsigned x);
__attribute__((noinline)) unsigned g1391(unsigned x);
__attribute__((noinline)) unsigned g1392(unsigned x);
__attribute__((noinline)) unsigned g1393(unsigned x);
__attribute__((noinline)) unsigned g1394(unsigned x);
__attribute__((noinline)) unsigned g1395(unsigned x);
__attribute__((noinline)) unsigned g1396(unsigned x);
__attribute__((noinline)) unsigned g1397(unsigned x);
__attribute__((noinline)) unsigned g1398(unsigned x);
__attribute__((noinline)) unsigned g1399(unsigned x);
__attribute__((noinline)) unsigned g1400(unsigned x);
__attribute__((noinline)) unsigned g1401(unsigned x);
__attribute__((noinline)) unsigned g1402(unsigned x);
__attribute__((noinline)) unsigned g1403(unsigned x);
__attribute__((noinline)) unsigned g1404(unsigned x);
__attribute__((noinline)) unsigned g1405(unsigned x);
__attribute__((noinline)) unsigned g1406(unsigned x);
__attribute__((noinline)) unsigned g1407(unsigned x);
__attribute__((noinline)) unsigned g1408(unsigned x);
__attribute__((noinline)) unsigned g1409(unsigned x);
__attribute__((noinline)) unsigned g1410(unsigned x);
__attribute__((noinline)) unsigned g1411(unsigned x);
__attribute__((noinline)) unsigned g1412(unsigned x);
__attribute__((noinline)) unsigned g1413(unsigned x);
__attribute__((noinline)) unsigned g1414(unsigned x);
__attribute__((noinline)) unsigned g1415(unsigned x);
__attribute__((noinline)) unsigned g1416(unsigned x);
__attribute__((noinline)) unsigned g1417(unsigned x);
__attribute__((noinline)) unsigned g1418(unsigned x);
__attribute__((noinline)) unsigned g1419(unsigned x);
__attribute__((noinline)) unsigned g1420(unsigned x);
__attribute__((noinline)) unsigned g1421(unsigned x);
__attribute__((noinline)) unsigned g1422(unsigned x);
__attribute__((noinline)) unsigned g1423(unsigned x);
__attribute__((noinline)) unsigned g1424(unsigned x);
__attribute__((noinline)) unsigned g1425(unsigned x);
__attribute__((noinline)) unsigned g1426(unsigned x);
__attribute__((noinline)) unsigned g1427(unsigned x);
__attribute__((noinline)) unsigned g1428(unsigned x);
__attribute__((noinline)) unsigned g1429(unsigned x);
__attribute__((noinline)) unsigned g1430(unsigned x);
__attribute__((noinline)) unsigned g1431(unsigned x);
__attribute__((noinline)) unsigned g1432(unsigned x);
__attribute__((noinline)) unsigned g1433(unsigned x);
__attribute__((noinline)) unsigned g1434(unsigned x);
__attribute__((noinline)) unsigned g1435(unsigned x);
__attribute__((noinline)) unsigned g1436(unsigned x);
__attribute__((noinline)) unsigned g1437(unsigned x);
__attribute__((noinline)) unsigned g1438(unsigned x);
__attribute__((noinline)) unsigned g1439(unsigned x);
__attribute__((noinline)) unsigned g1440(unsigned x);
__attribute__((noinline)) unsigned g1441(unsigned x);
__attribute__((noinline)) unsigned g1442(unsigned x);
__attribute__((noinline)) unsigned g1443(unsigned x);
__attribute__((noinline)) unsigned g1444(unsigned x);
__attribute__((noinline)) unsigned g1445(unsigned x);
__attribute__((noinline)) unsigned g1446(unsigned x);
__attribute__((noinline)) unsigned g1447(unsigned x);
__attribute__((noinline)) unsigned g1448(unsigned x);
__attribute__((noinline)) unsigned g1449(unsigned x);
__attribute__((noinline)) unsigned g1450(unsigned x);
__attribute__((noinline)) unsigned g1451(unsigned x);
__attribute__((noinline)) unsigned g1452(unsigned x);
__attribute__((noinline)) unsigned g1453(unsigned x);
__attribute__((noinline)) unsigned g1454(unsigned x);
__attribute__((noinline)) unsigned g1455(unsigned x);
__attribute__((noinline)) unsigned g1456(unsigned x);
__attribute__((noinline)) unsigned g1457(unsigned x);
__attribute__((noinline)) unsigned g1458(unsigned x);
__attribute__((noinline)) unsigned g1459(unsigned x);
__attribute__((noinline)) unsigned g1460(unsigned x);
__attribute__((noinline)) unsigned g1461(unsigned x);
__attribute__((noinline)) unsigned g1462(unsigned x);
__attribute__((noinline)) unsigned g1463(unsigned x);
__attribute__((noinline)) unsigned g1464(unsigned x);
__attribute__((noinline)) unsigned g1465(unsigned x);
__attribute__((noinline)) unsigned g1466(unsigned x);
__attribute__((noinline)) unsigned g1467(unsigned x);
__attribute__((noinline)) unsigned g1468(unsigned x);
__attribute__((noinline)) unsigned g1469(unsigned x);
__attribute__((noinline)) unsigned g1470(unsigned x);
__attribute__((noinline)) unsigned g1471(unsigned x);
__attribute__((noinline)) unsigned g1472(unsigned x);
__attribute__((noinline)) unsigned g1473(unsigned x);
__attribute__((noinline)) unsigned g1474(unsigned x);
__attribute__((noinline)) unsigned g1475(unsigned x);
__attribute__((noinline)) unsigned g1476(unsigned x);
__attribute__((noinline)) unsigned g1477(unsigned x);
__attribute__((noinline)) unsigned g1478(unsigned x);
__attribute__((noinline)) unsigned g1479(unsigned x);
__attribute__((noinline)) unsigned g1480(unsigned x);
__attribute__((noinline)) unsigned g1481(unsigned x);
__attribute__((noinline)) unsigned g1482(unsigned x);
__attribute__((noinline)) unsigned g1483(unsigned x);
__attribute__((noinline)) unsigned g1484(unsigned x);
__attribute__((noinline)) unsigned g1485(unsigned x);
__attribute__((noinline)) unsigned g1486(unsigned x);
__attribute__((noinline)) unsigned g1487(unsigned x);
__attribute__((noinline)) unsigned g1488(unsigned x);
__attribute__((noinline)) unsigned g1489(unsigned x);
__attribute__((noinline)) unsigned g1490(unsigned x);
__attribute__((noinline)) unsigned g1491(unsigned x);
__attribute__((noinline)) unsigned g1492(unsigned x);
__attribute__((noinline)) unsigned g1493(unsigned x);
__attribute__((noinline)) unsigned g1494(unsigned x);
__attribute__((noinline)) unsigned g1495(unsigned x);
__attribute__((noinline)) unsigned g1496(unsigned x);
__attribute__((noinline)) unsigned g1497(unsigned x);
__attribute__((noinline)) unsigned g1498(unsigned x);
__attribute__((noinline)) unsigned g1499(unsigned x);
__attribute__((noinline)) unsigned g1500(unsigned x);
__attribute__((noinline)) unsigned g1501(unsigned x);
__attribute__((noinline)) unsigned g1502(unsigned x);
__attribute__((noinline)) unsigned g1503(unsigned x);
__attribute__((noinline)) unsigned g1504(unsigned x);
__attribute__((noinline)) unsigned g1505(unsigned x);
__attribute__((noinline)) unsigned g1506(unsigned x);
__attribute__((noinline)) unsigned g1507(unsigned x);
__attribute__((noinline)) unsigned g1508(unsigned x);
__attribute__((noinline)) unsigned g1509(unsigned x);
__attribute__((noinline)) unsigned g1510(unsigned x);
__attribute__((noinline)) unsigned g1511(unsigned x);
__attribute__((noinline)) unsigned g1512(unsigned x);
__attribute__((noinline)) unsigned g1513(unsigned x);
__attribute__((noinline)) unsigned g1514(unsigned x);
__attribute__((noinline)) unsigned g1515(unsigned x);
__attribute__((noinline)) unsigned g1516(unsigned x);
__attribute__((noinline)) unsigned g1517(unsigned x);
__attribute__((noinline)) unsigned g1518(unsigned x);
__attribute__((noinline)) unsigned g1519(unsigned x);
__attribute__((noinline)) unsigned g1520(unsigned x);
__attribute__((noinline)) unsigned g1521(unsigned x);
__attribute__((noinline)) unsigned g1522(unsigned x);
__attribute__((noinline)) unsigned g1523(unsigned x);
__attribute__((noinline)) unsigned g1524(unsigned x);
__attribute__((noinline)) unsigned g1525(unsigned x);
__attribute__((noinline)) unsigned g1526(unsigned x);
__attribute__((noinline)) unsigned g1527(unsigned x);
__attribute__((noinline)) unsigned g1528(unsigned x);
__attribute__((noinline)) unsigned g1529(unsigned x);
__attribute__((noinline)) unsigned g1530(unsigned x);
__attribute__((noinline)) unsigned g1531(unsigned x);
__attribute__((noinline)) unsigned g1532(unsigned x);
__attribute__((noinline)) unsigned g1533(unsigned x);
__attribute__((noinline)) unsigned g1534(unsigned x);
__attribute__((noinline)) unsigned g1535(unsigned x);
__attribute__((noinline)) unsigned g1536(unsigned x);
__attribute__((noinline)) unsigned g1537(unsigned x);
__attribute__((noinline)) unsigned g1538(unsigned x);
__attribute__((noinline)) unsigned g1539(unsigned x);
__attribute__((noinline)) unsigned g1540(unsigned x);
__attribute__((noinline)) unsigned g1541(unsigned x);
__attribute__((noinline)) unsigned g1542(unsigned x);
__attribute__((noinline)) unsigned g1543(unsigned x);
__attribute__((noinline)) unsigned g1544(unsigned x);
__attribute__((noinline)) unsigned g1545(unsigned x);
__attribute__((noinline)) unsigned g1546(unsigned x);
__attribute__((noinline)) unsigned g1547(unsigned x);
__attribute__((noinline)) unsigned g1548(unsigned x);
__attribute__((noinline)) unsigned g1549(unsigned x);
__attribute__((noinline)) unsigned g1550(unsigned x);
__attribute__((noinline)) unsigned g1551(unsigned x);
__attribute__((noinline)) unsigned g1552(unsigned x);
__attribute__((noinline)) unsigned g1553(unsigned x);
__attribute__((noinline)) unsigned g1554(unsigned x);
__attribute__((noinline)) unsigned g1555(unsigned x);
__attribute__((noinline)) unsigned g1556(unsigned x);
__attribute__((noinline)) unsigned g1557(unsigned x);
__attribute__((noinline)) unsigned g1558(unsigned x);
__attribute__((noinline)) unsigned g1559(unsigned x);
__attribute__((noinline)) unsigned g1560(unsigned x);
__attribute__((noinline)) unsigned g1561(unsigned x);
__attribute__((noinline)) unsigned g1562(unsigned x);
__attribute__((noinline)) unsigned g1563(unsigned x);
__attribute__((noinline)) unsigned g1564(unsigned x);
__attribute__((noinline)) unsigned g1565(unsigned x);
__attribute__((noinline)) unsigned g1566(unsigned x);
__attribute__((noinline)) unsigned g1567(unsigned x);
__attribute__((noinline)) unsigned g1568(unsigned x);
__attribute__((noinline)) unsigned g1569(unsigned x);
__attribute__((noinline)) unsigned g1570(unsigned x);
__attribute__((noinline)) unsigned g1571(unsigned x);
__attribute__((noinline)) unsigned g1572(unsigned x);
__attribute__((noinline)) unsigned g1573(unsigned x);
__attribute__((noinline)) unsigned g1574(unsigned x);
__attribute__((noinline)) unsigned g1575(unsigned x);
__attribute__((noinline)) unsigned g1576(unsigned x);
__attribute__((noinline)) unsigned g1577(unsigned x);
__attribute__((noinline)) unsigned g1578(unsigned x);
__attribute__((noinline)) unsigned g1579(unsigned x);
__attribute__((noinline)) unsigned g1580(unsigned x);
__attribute__((noinline)) unsigned g1581(unsigned x);
__attribute__((noinline)) unsigned g1582(unsigned x);
__attribute__((noinline)) unsigned g1583(unsigned x);
__attribute__((noinline)) unsigned g1584(unsigned x);
__attribute__((noinline)) unsigned g1585(unsigned x);
__attribute__((noinline)) unsigned g1586(unsigned x);
__attribute__((noinline)) unsigned g1587(unsigned x);
__attribute__((noinline)) unsigned g1588(unsigned x);
__attribute__((noinline)) unsigned g1589(unsigned x);
__attribute__((noinline)) unsigned g1590(unsigned x);
__attribute__((noinline)) unsigned g1591(unsigned x);
__attribute__((noinline)) unsigned g1592(unsigned x);
__attribute__((noinline)) unsigned g1593(unsigned x);
__attribute__((noinline)) unsigned g1594(unsigned x);
__attribute__((noinline)) unsigned g1595(unsigned x);
__attribute__((noinline)) unsigned g1596(unsigned x);
__attribute__((noinline)) unsigned g1597(unsigned x);
__attribute__((noinline)) unsigned g1598(unsigned x);
__attribute__((noinline)) unsigned g1599(unsigned x);
__attribute__((noinline)) unsigned g1600(unsigned x);
__attribute__((noinline)) unsigned g1601(unsigned x);
__attribute__((noinline)) unsigned g1602(unsigned x);
__attribute__((noinline)) unsigned g1603(unsigned x);
__attribute__((noinline)) unsigned g1604(unsigned x);
__attribute__((noinline)) unsigned g1605(unsigned x);
__attribute__((noinline)) unsigned g1606(unsigned x);
__attribute__((noinline)) unsigned g1607(unsigned x);
__attribute__((noinline)) unsigned g1608(unsigned x);
__attribute__((noinline)) unsigned g1609(unsigned x);
__attribute__((noinline)) unsigned g1610(unsigned x);
__attribute__((noinline)) unsigned g1611(unsigned x);
__attribute__((noinline)) unsigned g1612(unsigned x);
__attribute__((noinline)) unsigned g1613(unsigned x);
__attribute__((noinline)) unsigned g1614(unsigned x);
__attribute__((noinline)) unsigned g1615(unsigned x);
__attribute__((noinline)) unsigned g1616(unsigned x);
__attribute__((noinline)) unsigned g1617(unsigned x);
__attribute__((noinline)) unsigned g1618(unsigned x);
__attribute__((noinline)) unsigned g1619(unsigned x);
__attribute__((noinline)) unsigned g1620(unsigned x);
__attribute__((noinline)) unsigned g1621(unsigned x);
__attribute__((noinline)) unsigned g1622(unsigned x);
__attribute__((noinline)) unsigned g1623(unsigned x);
__attribute__((noinline)) unsigned g1624(unsigned x);
__attribute__((noinline)) unsigned g1625(unsigned x);
__attribute__((noinline)) unsigned g1626(unsigned x);
__attribute__((noinline)) unsigned g1627(unsigned x);
__attribute__((noinline)) unsigned g1628(unsigned x);
__attribute__((noinline)) unsigned g1629(unsigned x);
__attribute__((noinline)) unsigned g1630(unsigned x);
__attribute__((noinline)) unsigned g1631(unsigned x);
__attribute__((noinline)) unsigned g1632(unsigned x);
__attribute__((noinline)) unsigned g1633(unsigned x);
__attribute__((noinline)) unsigned g1634(unsigned x);
__attribute__((noinline)) unsigned g1635(unsigned x);
__attribute__((noinline)) unsigned g1636(unsigned x);
__attribute__((noinline)) unsigned g1637(unsigned x);
__attribute__((noinline)) unsigned g1638(unsigned x);
__attribute__((noinline)) unsigned g1639(unsigned x);
__attribute__((noinline)) unsigned g1640(unsigned x);
__attribute__((noinline)) unsigned g1641(unsigned x);
__attribute__((noinline)) unsigned g1642(unsigned x);
__attribute__((noinline)) unsigned g1643(unsigned x);
__attribute__((noinline)) unsigned g1644(unsigned x);
__attribute__((noinline)) unsigned g1645(unsigned x);
__attribute__((noinline)) unsigned g1646(unsigned x);
__attribute__((noinline)) unsigned g1647(unsigned x);
__attribute__((noinline)) unsigned g1648(unsigned x);
__attribute__((noinline)) unsigned g1649(unsigned x);
__attribute__((noinline)) unsigned g1650(unsigned x);
__attribute__((noinline)) unsigned g1651(unsigned x);
__attribute__((noinline)) unsigned g1652(unsigned x);
__attribute__((noinline)) unsigned g1653(unsigned x);
__attribute__((noinline)) unsigned g1654(unsigned x);
__attribute__((noinline)) unsigned g1655(unsigned x);
__attribute__((noinline)) unsigned g1656(unsigned x);
__attribute__((noinline)) unsigned g1657(unsigned x);
__attribute__((noinline)) unsigned g1658(unsigned x);
__attribute__((noinline)) unsigned g1659(unsigned x);
__attribute__((noinline)) unsigned g1660(unsigned x);
__attribute__((noinline)) unsigned g1661(unsigned x);
__attribute__((noinline)) unsigned g1662(unsigned x);
__attribute__((noinline)) unsigned g1663(unsigned x);
__attribute__((noinline)) unsigned g1664(unsigned x);
__attribute__((noinline)) unsigned g1665(unsigned x);
__attribute__((noinline)) unsigned g1666(unsigned x);
__attribute__((noinline)) unsigned g1667(unsigned x);
__attribute__((noinline)) unsigned g1668(unsigned x);
__attribute__((noinline)) unsigned g1669(unsigned x);
__attribute__((noinline)) unsigned g1670(unsigned x);
__attribute__((noinline)) unsigned g1671(unsigned x);
__attribute__((noinline)) unsigned g1672(unsigned x);
__attribute__((noinline)) unsigned g1673(unsigned x);
__attribute__((noinline)) unsigned g1674(unsigned x);
__attribute__((noinline)) unsigned g1675(unsigned x);
__attribute__((noinline)) unsigned g1676(unsigned x);
__attribute__((noinline)) unsigned g1677(unsigned x);
__attribute__((noinline)) unsigned g1678(unsigned x);
__attribute__((noinline)) unsigned g1679(unsigned x);
__attribute__((noinline)) unsigned g1680(unsigned x);
__attribute__((noinline)) unsigned g1681(unsigned x);
__attribute__((noinline)) unsigned g1682(unsigned x);
__attribute__((noinline)) unsigned g1683(unsigned x);
__attribute__((noinline)) unsigned g1684(unsigned x);
__attribute__((noinline)) unsigned g1685(unsigned x);
__attribute__((noinline)) unsigned g1686(unsigned x);
__attribute__((noinline)) unsigned g1687(unsigned x);
__attribute__((noinline)) unsigned g1688(unsigned x);
__attribute__((noinline)) unsigned g1689(unsigned x);
__attribute__((noinline)) unsigned g1690(unsigned x);
__attribute__((noinline)) unsigned g1691(unsigned x);
__attribute__((noinline)) unsigned g1692(unsigned x);
__attribute__((noinline)) unsigned g1693(unsigned x);
__attribute__((noinline)) unsigned g1694(unsigned x);
__attribute__((noinline)) unsigned g1695(unsigned x);
__attribute__((noinline)) unsigned g1696(unsigned x);
__attribute__((noinline)) unsigned g1697(unsigned x);
__attribute__((noinline)) unsigned g1698(unsigned x);
__attribute__((noinline)) unsigned g1699(unsigned x);
__attribute__((noinline)) unsigned g1700(unsigned x);
__attribute__((noinline)) unsigned g1701(unsigned x);
__attribute__((noinline)) unsigned g1702(unsigned x);
__attribute__((noinline)) unsigned g1703(unsigned x);
__attribute__((noinline)) unsigned g1704(unsigned x);
__attribute__((noinline)) unsigned g1705(unsigned x);
__attribute__((noinline)) unsigned g1706(unsigned x);
__attribute__((noinline)) unsigned g1707(unsigned x);
__attribute__((noinline)) unsigned g1708(unsigned x);
__attribute__((noinline)) unsigned g1709(unsigned x);
__attribute__((noinline)) unsigned g1710(unsigned x);
__attribute__((noinline)) unsigned g1711(unsigned x);
__attribute__((noinline)) unsigned g1712(unsigned x);
__attribute__((noinline)) unsigned g1713(unsigned x);
__attribute__((noinline)) unsigned g1714(unsigned x);
__attribute__((noinline)) unsigned g1715(unsigned x);
__attribute__((noinline)) unsigned g1716(unsigned x);
__attribute__((noinline)) unsigned g1717(unsigned x);
__attribute__((noinline)) unsigned g1718(unsigned x);
__attribute__((noinline)) unsigned g1719(unsigned x);
__attribute__((noinline)) unsigned g1720(unsigned x);
__attribute__((noinline)) unsigned g1721(unsigned x);
__attribute__((noinline)) unsigned g1722(unsigned x);
__attribute__((noinline)) unsigned g1723(unsigned x);
__attribute__((noinline)) unsigned g1724(unsigned x);
__attribute__((noinline)) unsigned g1725(unsigned x);
__attribute__((noinline)) unsigned g1726(unsigned x);
__attribute__((noinline)) unsigned g1727(unsigned x);
__attribute__((noinline)) unsigned g1728(unsigned x);
__attribute__((noinline)) unsigned g1729(unsigned x);
__attribute__((noinline)) unsigned g1730(unsigned x);
__attribute__((noinline)) unsigned g1731(unsigned x);
__attribute__((noinline)) unsigned g1732(unsigned x);
__attribute__((noinline)) unsigned g1733(unsigned x);
__attribute__((noinline)) unsigned g1734(unsigned x);
__attribute__((noinline)) unsigned g1735(unsigned x);
__attribute__((noinline)) unsigned g1736(unsigned x);
__attribute__((noinline)) unsigned g1737(unsigned x);
__attribute__((noinline)) unsigned g1738(unsigned x);
__attribute__((noinline)) unsigned g1739(unsigned x);
__attribute__((noinline)) unsigned g1740(unsigned x);
__attribute__((noinline)) unsigned g1741(unsigned x);
__attribute__((noinline)) unsigned g1742(unsigned x);
__attribute__((noinline)) unsigned g1743(unsigned x);
__attribute__((noinline)) unsigned g1744(unsigned x);
__attribute__((noinline)) unsigned g1745(unsigned x);
__attribute__((noinline)) unsigned g1746(unsigned x);
__attribute__((noinline)) unsigned g1747(unsigned x);
__attribute__((noinline)) unsigned g1748(unsigned x);
__attribute__((noinline)) unsigned g1749(unsigned x);
__attribute__((noinline)) unsigned g1750(unsigned x);
__attribute__((noinline)) unsigned g1751(unsigned x);
__attribute__((noinline)) unsigned g1752(unsigned x);
__attribute__((noinline)) unsigned g1753(unsigned x);
__attribute__((noinline)) unsigned g1754(unsigned x);
__attribute__((noinline)) unsigned g1755(unsigned x);
__attribute__((noinline)) unsigned g1756(unsigned x);
__attribute__((noinline)) unsigned g1757(unsigned x);
__attribute__((noinline)) unsigned g1758(unsigned x);
__attribute__((noinline)) unsigned g1759(unsigned x);
__attribute__((noinline)) unsigned g1760(unsigned x);
__attribute__((noinline)) unsigned g1761(unsigned x);
__attribute__((noinline)) unsigned g1762(unsigned x);
__attribute__((noinline)) unsigned g1763(unsigned x);
__attribute__((noinline)) unsigned g1764(unsigned x);
__attribute__((noinline)) unsigned g1765(unsigned x);
__attribute__((noinline)) unsigned g1766(unsigned x);
__attribute__((noinline)) unsigned g1767(unsigned x);
__attribute__((noinline)) unsigned g1768(unsigned x);
__attribute__((noinline)) unsigned g1769(unsigned x);
__attribute__((noinline)) unsigned g1770(unsigned x);
__attribute__((noinline)) unsigned g1771(unsigned x);
__attribute__((noinline)) unsigned g1772(unsigned x);
__attribute__((noinline)) unsigned g1773(unsigned x);
__attribute__((noinline)) unsigned g1774(unsigned x);
__attribute__((noinline)) unsigned g1775(unsigned x);
__attribute__((noinline)) unsigned g1776(unsigned x);
__attribute__((noinline)) unsigned g1777(unsigned x);
__attribute__((noinline)) unsigned g1778(unsigned x);
__attribute__((noinline)) unsigned g1779(unsigned x);
__attribute__((noinline)) unsigned g1780(unsigned x);
__attribute__((noinline)) unsigned g1781(unsigned x);
__attribute__((noinline)) unsigned g1782(unsigned x);
__attribute__((noinline)) unsigned g1783(unsigned x);
__attribute__((noinline)) unsigned g1784(unsigned x);
__attribute__((noinline)) unsigned g1785(unsigned x);
__attribute__((noinline)) unsigned g1786(unsigned x);
__attribute__((noinline)) unsigned g1787(unsigned x);
__attribute__((noinline)) unsigned g1788(unsigned x);
__attribute__((noinline)) unsigned g1789(unsigned x);
__attribute__((noinline)) unsigned g1790(unsigned x);
__attribute__((noinline)) unsigned g1791(unsigned x);
__attribute__((noinline)) unsigned g1792(unsigned x);
__attribute__((noinline)) unsigned g1793(unsigned x);
__attribute__((noinline)) unsigned g1794(unsigned x);
__attribute__((noinline)) unsigned g1795(unsigned x);
__attribute__((noinline)) unsigned g1796(unsigned x);
__attribute__((noinline)) unsigned g1797(unsigned x);
__attribute__((noinline)) unsigned g1798(unsigned x);
__attribute__((noinline)) unsigned g1799(unsigned x);
__attribute__((noinline)) unsigned g1800(unsigned x);
__attribute__((noinline)) unsigned g1801(unsigned x);
__attribute__((noinline)) unsigned g1802(unsigned x);
__attribute__((noinline)) unsigned g1803(unsigned x);
__attribute__((noinline)) unsigned g1804(unsigned x);
__attribute__((noinline)) unsigned g1805(unsigned x);
__attribute__((noinline)) unsigned g1806(unsigned x);
__attribute__((noinline)) unsigned g1807(unsigned x);
__attribute__((noinline)) unsigned g1808(unsigned x);
__attribute__((noinline)) unsigned g1809(unsigned x);
__attribute__((noinline)) unsigned g1810(unsigned x);
__attribute__((noinline)) unsigned g1811(unsigned x);
__attribute__((noinline)) unsigned g1812(unsigned x);
__attribute__((noinline)) unsigned g1813(unsigned x);
__attribute__((noinline)) unsigned g1814(unsigned x);
__attribute__((noinline)) unsigned g1815(unsigned x);
__attribute__((noinline)) unsigned g1816(unsigned x);
__attribute__((noinline)) unsigned g1817(unsigned x);
__attribute__((noinline)) unsigned g1818(unsigned x);
__attribute__((noinline)) unsigned g1819(unsigned x);
__attribute__((noinline)) unsigned g1820(unsigned x);
__attribute__((noinline)) unsigned g1821(unsigned x);
__attribute__((noinline)) unsigned g1822(unsigned x);
__attribute__((noinline)) unsigned g1823(unsigned x);
__attribute__((noinline)) unsigned g1824(unsigned x);
__attribute__((noinline)) unsigned g1825(unsigned x);
__attribute__((noinline)) unsigned g1826(unsigned x);
__attribute__((noinline)) unsigned g1827(unsigned x);
__attribute__((noinline)) unsigned g1828(unsigned x);
__attribute__((noinline)) unsigned g1829(unsigned x);
__attribute__((noinline)) unsigned g1830(unsigned x);
__attribute__((noinline)) unsigned g1831(unsigned x);
__attribute__((noinline)) unsigned g1832(unsigned x);
__attribute__((noinline)) unsigned g1833(unsigned x);
__attribute__((noinline)) unsigned g1834(unsigned x);
__attribute__((noinline)) unsigned g1835(unsigned x);
__attribute__((noinline)) unsigned g1836(unsigned x);
__attribute__((noinline)) unsigned g1837(unsigned x);
__attribute__((noinline)) unsigned g1838(unsigned x);
__attribute__((noinline)) unsigned g1839(unsigned x);
__attribute__((noinline)) unsigned g1840(unsigned x);
__attribute__((noinline)) unsigned g1841(unsigned x);
__attribute__((noinline)) unsigned g1842(unsigned x);
__attribute__((noinline)) unsigned g1843(unsigned x);
__attribute__((noinline)) unsigned g1844(unsigned x);
__attribute__((noinline)) unsigned g1845(unsigned x);
__attribute__((noinline)) unsigned g1846(unsigned x);
__attribute__((noinline)) unsigned g1847(unsigned x);
__attribute__((noinline)) unsigned g1848(unsigned x);
__attribute__((noinline)) unsigned g1849(unsigned x);
__attribute__((noinline)) unsigned g1850(unsigned x);
__attribute__((noinline)) unsigned g1851(unsigned x);
__attribute__((noinline)) unsigned g1852(unsigned x);
__attribute__((noinline)) unsigned g1853(unsigned x);
__attribute__((noinline)) unsigned g1854(unsigned x);
__attribute__((noinline)) unsigned g1855(unsigned x);
__attribute__((noinline)) unsigned g1856(unsigned x);
__attribute__((noinline)) unsigned g1857(unsigned x);
__attribute__((noinline)) unsigned g1858(unsigned x);
__attribute__((noinline)) unsigned g1859(unsigned x);
__attribute__((noinline)) unsigned g1860(unsigned x);
__attribute__((noinline)) unsigned g1861(unsigned x);
__attribute__((noinline)) unsigned g1862(unsigned x);
__attribute__((noinline)) unsigned g1863(unsigned x);
__attribute__((noinline)) unsigned g1864(unsigned x);
__attribute__((noinline)) unsigned g1865(unsigned x);
__attribute__((noinline)) unsigned g1866(unsigned x);
__attribute__((noinline)) unsigned g1867(unsigned x);
__attribute__((noinline)) unsigned g1868(unsigned x);
__attribute__((noinline)) unsigned g1869(unsigned x);
__attribute__((noinline)) unsigned g1870(unsigned x);
__attribute__((noinline)) unsigned g1871(unsigned x);
__attribute__((noinline)) unsigned g1872(unsigned x);
__attribute__((noinline)) unsigned g1873(unsigned x);
__attribute__((noinline)) unsigned g1874(unsigned x);
__attribute__((noinline)) unsigned g1875(unsigned x);
__attribute__((noinline)) unsigned g1876(unsigned x);
__attribute__((noinline)) unsigned g1877(unsigned x);
__attribute__((noinline)) unsigned g1878(unsigned x);
__attribute__((noinline)) unsigned g1879(unsigned x);
__attribute__((noinline)) unsigned g1880(unsigned x);
__attribute__((noinline)) unsigned g1881(unsigned x);
__attribute__((noinline)) unsigned g1882(unsigned x);
__attribute__((noinline)) unsigned g1883(unsigned x);
__attribute__((noinline)) unsigned g1884(unsigned x);
__attribute__((noinline)) unsigned g1885(unsigned x);
__attribute__((noinline)) unsigned g1886(unsigned x);
__attribute__((noinline)) unsigned g1887(unsigned x);
__attribute__((noinline)) unsigned g1888(unsigned x);
__attribute__((noinline)) unsigned g1889(unsigned x);
__attribute__((noinline)) unsigned g1890(unsigned x);
__attribute__((noinline)) unsigned g1891(unsigned x);
__attribute__((noinline)) unsigned g1892(unsigned x);
__attribute__((noinline)) unsigned g1893(unsigned x);
__attribute__((noinline)) unsigned g1894(unsigned x);
__attribute__((noinline)) unsigned g1895(unsigned x);
__attribute__((noinline)) unsigned g1896(unsigned x);
__attribute__((noinline)) unsigned g1897(unsigned x);
__attribute__((noinline)) unsigned g1898(unsigned x);
__attribute__((noinline)) unsigned g1899(unsigned x);
__attribute__((noinline)) unsigned g1900(unsigned x);
__attribute__((noinline)) unsigned g1901(unsigned x);
__attribute__((noinline)) unsigned g1902(unsigned x);
__attribute__((noinline)) unsigned g1903(unsigned x);
__attribute__((noinline)) unsigned g1904(unsigned x);
__attribute__((noinline)) unsigned g1905(unsigned x);
__attribute__((noinline)) unsigned g1906(unsigned x);
__attribute__((noinline)) unsigned g1907(unsigned x);
__attribute__((noinline)) unsigned g1908(unsigned x);
__attribute__((noinline)) unsigned g1909(unsigned x);
__attribute__((noinline)) unsigned g1910(unsigned x);
__attribute__((noinline)) unsigned g1911(unsigned x);
__attribute__((noinline)) unsigned g1912(unsigned x);
__attribute__((noinline)) unsigned g1913(unsigned x);
__attribute__((noinline)) unsigned g1914(unsigned x);
__attribute__((noinline)) unsigned g1915(unsigned x);
__attribute__((noinline)) unsigned g1916(unsigned x);
__attribute__((noinline)) unsigned g1917(unsigned x);
__attribute__((noinline)) unsigned g1918(unsigned x);
__attribute__((noinline)) unsigned g1919(unsigned x);
__attribute__((noinline)) unsigned g1920(unsigned x);
__attribute__((noinline)) unsigned g1921(unsigned x);
__attribute__((noinline)) unsigned g1922(unsigned x);
__attribute__((noinline)) unsigned g1923(unsigned x);
__attribute__((noinline)) unsigned g1924(unsigned x);
__attribute__((noinline)) unsigned g1925(unsigned x);
__attribute__((noinline)) unsigned g1926(unsigned x);
__attribute__((noinline)) unsigned g1927(unsigned x);
__attribute__((noinline)) unsigned g1928(unsigned x);
__attribute__((noinline)) unsigned g1929(unsigned x);
__attribute__((noinline)) unsigned g1930(unsigned x);
__attribute__((noinline)) unsigned g1931(unsigned x);
__attribute__((noinline)) unsigned g1932(unsigned x);
__attribute__((noinline)) unsigned g1933(unsigned x);
__attribute__((noinline)) unsigned g1934(unsigned x);
__attribute__((noinline)) unsigned g1935(unsigned x);
__attribute__((noinline)) unsigned g1936(unsigned x);
__attribute__((noinline)) unsigned g1937(unsigned x);
__attribute__((noinline)) unsigned g1938(unsigned x);
__attribute__((noinline)) unsigned g1939(unsigned x);
__attribute__((noinline)) unsigned g1940(unsigned x);
__attribute__((noinline)) unsigned g1941(unsigned x);
__attribute__((noinline)) unsigned g1942(unsigned x);
__attribute__((noinline)) unsigned g1943(unsigned x);
__attribute__((noinline)) unsigned g1944(unsigned x);
__attribute__((noinline)) unsigned g1945(unsigned x);
__attribute__((noinline)) unsigned g1946(unsigned x);
__attribute__((noinline)) unsigned g1947(unsigned x);
__attribute__((noinline)) unsigned g1948(unsigned x);
__attribute__((noinline)) unsigned g1949(unsigned x);
__attribute__((noinline)) unsigned g1950(unsigned x);
__attribute__((noinline)) unsigned g1951(unsigned x);
__attribute__((noinline)) unsigned g1952(unsigned x);
__attribute__((noinline)) unsigned g1953(unsigned x);
__attribute__((noinline)) unsigned g1954(unsigned x);
__attribute__((noinline)) unsigned g1955(unsigned x);
__attribute__((noinline)) unsigned g1956(unsigned x);
__attribute__((noinline)) unsigned g1957(unsigned x);
__attribute__((noinline)) unsigned g1958(unsigned x);
__attribute__((noinline)) unsigned g1959(unsigned x);
__attribute__((noinline)) unsigned g1960(unsigned x);
__attribute__((noinline)) unsigned g1961(unsigned x);
__attribute__((noinline)) unsigned g1962(unsigned x);
__attribute__((noinline)) unsigned g1963(unsigned x);
__attribute__((noinline)) unsigned g1964(unsigned x);
__attribute__((noinline)) unsigned g1965(unsigned x);
__attribute__((noinline)) unsigned g1966(unsigned x);
__attribute__((noinline)) unsigned g1967(unsigned x);
__attribute__((noinline)) unsigned g1968(unsigned x);
__attribute__((noinline)) unsigned g1969(unsigned x);
__attribute__((noinline)) unsigned g1970(unsigned x);
__attribute__((noinline)) unsigned g1971(unsigned x);
__attribute__((noinline)) unsigned g1972(unsigned x);
__attribute__((noinline)) unsigned g1973(unsigned x);
__attribute__((noinline)) unsigned g1974(unsigned x);
__attribute__((noinline)) unsigned g1975(unsigned x);
__attribute__((noinline)) unsigned g1976(unsigned x);
__attribute__((noinline)) unsigned g1977(unsigned x);
__attribute__((noinline)) unsigned g1978(unsigned x);
__attribute__((noinline)) unsigned g1979(unsigned x);
__attribute__((noinline)) unsigned g1980(unsigned x);
__attribute__((noinline)) unsigned g1981(unsigned x);
__attribute__((noinline)) unsigned g1982(unsigned x);
__attribute__((noinline)) unsigned g1983(unsigned x);
__attribute__((noinline)) unsigned g1984(unsigned x);
__attribute__((noinline)) unsigned g1985(unsigned x);
__attribute__((noinline)) unsigned g1986(unsigned x);
__attribute__((noinline)) unsigned g1987(unsigned x);
__attribute__((noinline)) unsigned g1988(unsigned x);
__attribute__((noinline)) unsigned g1989(unsigned x);
__attribute__((noinline)) unsigned g1990(unsigned x);
__attribute__((noinline)) unsigned g1991(unsigned x);
__attribute__((noinline)) unsigned g1992(unsigned x);
__attribute__((noinline)) unsigned g1993(unsigned x);
__attribute__((noinline)) unsigned g1994(unsigned x);
__attribute__((noinline)) unsigned g1995(unsigned x);
__attribute__((noinline)) unsigned g1996(unsigned x);
__attribute__((noinline)) unsigned g1997(unsigned x);
__attribute__((noinline)) unsigned g1998(unsigned x);
__attribute__((noinline)) unsigned g1999(unsigned x);
__attribute__((noinline)) unsigned g2000(unsigned x);
__attribute__((noinline)) unsigned g2001(unsigned x);
__attribute__((noinline)) unsigned g2002(unsigned x);
__attribute__((noinline)) unsigned g2003(unsigned x);
__attribute__((noinline)) unsigned g2004(unsigned x);
__attribute__((noinline)) unsigned g2005(unsigned x);
__attribute__((noinline)) unsigned g2006(unsigned x);
__attribute__((noinline)) unsigned g2007(unsigned x);
__attribute__((noinline)) unsigned g2008(unsigned x);
__attribute__((noinline)) unsigned g2009(unsigned x);
__attribute__((noinline)) unsigned g2010(unsigned x);
__attribute__((noinline)) unsigned g2011(unsigned x);
__attribute__((noinline)) unsigned g2012(unsigned x);
__attribute__((noinline)) unsigned g2013(unsigned x);
__attribute__((noinline)) unsigned g2014(unsigned x);
__attribute__((noinline)) unsigned g2015(unsigned x);
__attribute__((noinline)) unsigned g2016(unsigned x);
__attribute__((noinline)) unsigned g2017(unsigned x);
__attribute__((noinline)) unsigned g2018(unsigned x);
__attribute__((noinline)) unsigned g2019(unsigned x);
__attribute__((noinline)) unsigned g2020(unsigned x);
__attribute__((noinline)) unsigned g2021(unsigned x);
__attribute__((noinline)) unsigned g2022(unsigned x);
__attribute__((noinline)) unsigned g2023(unsigned x);
__attribute__((noinline)) unsigned g2024(unsigned x);
__attribute__((noinline)) unsigned g2025(unsigned x);
__attribute__((noinline)) unsigned g2026(unsigned x);
__attribute__((noinline)) unsigned g2027(unsigned x);
__attribute__((noinline)) unsigned g2028(unsigned x);
__attribute__((noinline)) unsigned g2029(unsigned x);
__attribute__((noinline)) unsigned g2030(unsigned x);
__attribute__((noinline)) unsigned g2031(unsigned x);
__attribute__((noinline)) unsigned g2032(unsigned x);
__attribute__((noinline)) unsigned g2033(unsigned x);
__attribute__((noinline)) unsigned g2034(unsigned x);
__attribute__((noinline)) unsigned g2035(unsigned x);
__attribute__((noinline)) unsigned g2036(unsigned x);
__attribute__((noinline)) unsigned g2037(unsigned x);
__attribute__((noinline)) unsigned g2038(unsigned x);
__attribute__((noinline)) unsigned g2039(unsigned x);
__attribute__((noinline)) unsigned g2040(unsigned x);
__attribute__((noinline)) unsigned g2041(unsigned x);
__attribute__((noinline)) unsigned g2042(unsigned x);
__attribute__((noinline)) unsigned g2043(unsigned x);
__attribute__((noinline)) unsigned g2044(unsigned x);
__attribute__((noinline)) unsigned g2045(unsigned x);
__attribute__((noinline)) unsigned g2046(unsigned x);
__attribute__((noinline)) unsigned g2047(unsigned x);
__attribute__((noinline)) unsigned g2048(unsigned x);
__attribute__((noinline)) unsigned g2049(unsigned x);
__attribute__((noinline)) unsigned g2050(unsigned x);
__attribute__((noinline)) unsigned g2051(unsigned x);
__attribute__((noinline)) unsigned g2052(unsigned x);
__attribute__((noinline)) unsigned g2053(unsigned x);
__attribute__((noinline)) unsigned g2054(unsigned x);
__attribute__((noinline)) unsigned g2055(unsigned x);
__attribute__((noinline)) unsigned g2056(unsigned x);
__attribute__((noinline)) unsigned g2057(unsigned x);
__attribute__((noinline)) unsigned g2058(unsigned x);
__attribute__((noinline)) unsigned g2059(unsigned x);
__attribute__((noinline)) unsigned g2060(unsigned x);
__attribute__((noinline)) unsigned g2061(unsigned x);
__attribute__((noinline)) unsigned g2062(unsigned x);
__attribute__((noinline)) unsigned g2063(unsigned x);
__attribute__((noinline)) unsigned g2064(unsigned x);
__attribute__((noinline)) unsigned g2065(unsigned x);
__attribute__((noinline)) unsigned g2066(unsigned x);
__attribute__((noinline)) unsigned g2067(unsigned x);
__attribute__((noinline)) unsigned g2068(unsigned x);
__attribute__((noinline)) unsigned g2069(unsigned x);
__attribute__((noinline)) unsigned g2070(unsigned x);
__attribute__((noinline)) unsigned g2071(unsigned x);
__attribute__((noinline)) unsigned g2072(unsigned x);
__attribute__((noinline)) unsigned g2073(unsigned x);
__attribute__((noinline)) unsigned g2074(unsigned x);
__attribute__((noinline)) unsigned g2075(unsigned x);
__attribute__((noinline)) unsigned g2076(unsigned x);
__attribute__((noinline)) unsigned g2077(unsigned x);
__attribute__((noinline)) unsigned g2078(unsigned x);
__attribute__((noinline)) unsigned g2079(unsigned x);
__attribute__((noinline)) unsigned g2080(unsigned x);
__attribute__((noinline)) unsigned g2081(unsigned x);
__attribute__((noinline)) unsigned g2082(unsigned x);
__attribute__((noinline)) unsigned g2083(unsigned x);
__attribute__((noinline)) unsigned g2084(unsigned x);
__attribute__((noinline)) unsigned g2085(unsigned x);
__attribute__((noinline)) unsigned g2086(unsigned x);
__attribute__((noinline)) unsigned g2087(unsigned x);
__attribute__((noinline)) unsigned g2088(unsigned x);
__attribute__((noinline)) unsigned g2089(unsigned x);
__attribute__((noinline)) unsigned g2090(unsigned x);
__attribute__((noinline)) unsigned g2091(unsigned x);
__attribute__((noinline)) unsigned g2092(unsigned x);
__attribute__((noinline)) unsigned g2093(unsigned x);
__attribute__((noinline)) unsigned g2094(unsigned x);
__attribute__((noinline)) unsigned g2095(unsigned x);
__attribute__((noinline)) unsigned g2096(unsigned x);
__attribute__((noinline)) unsigned g2097(unsigned x);
__attribute__((noinline)) unsigned g2098(unsigned x);
__attribute__((noinline)) unsigned g2099(unsigned x);
__attribute__((noinline)) unsigned g2100(unsigned x);
__attribute__((noinline)) unsigned g2101(unsigned x);
__attribute__((noinline)) unsigned g2102(unsigned x);
__attribute__((noinline)) unsigned g2103(unsigned x);
__attribute__((noinline)) unsigned g2104(unsigned x);
__attribute__((noinline)) unsigned g2105(unsigned x);
__attribute__((noinline)) unsigned g2106(unsigned x);
__attribute__((noinline)) unsigned g2107(unsigned x);
__attribute__((noinline)) unsigned g2108(unsigned x);
__attribute__((noinline)) unsigned g2109(unsigned x);
__attribute__((noinline)) unsigned g2110(unsigned x);
__attribute__((noinline)) unsigned g2111(unsigned x);
__attribute__((noinline)) unsigned g2112(unsigned x);
__attribute__((noinline)) unsigned g2113(unsigned x);
__attribute__((noinline)) unsigned g2114(unsigned x);
__attribute__((noinline)) unsigned g2115(unsigned x);
__attribute__((noinline)) unsigned g2116(unsigned x);
__attribute__((noinline)) unsigned g2117(unsigned x);
__attribute__((noinline)) unsigned g2118(unsigned x);
__attribute__((noinline)) unsigned g2119(unsigned x);
__attribute__((noinline)) unsigned g2120(unsigned x);
__attribute__((noinline)) unsigned g2121(unsigned x);
__attribute__((noinline)) unsigned g2122(unsigned x);
__attribute__((noinline)) unsigned g2123(unsigned x);
__attribute__((noinline)) unsigned g2124(unsigned x);
__attribute__((noinline)) unsigned g2125(unsigned x);
__attribute__((noinline)) unsigned g2126(unsigned x);
__attribute__((noinline)) unsigned g2127(unsigned x);
__attribute__((noinline)) unsigned g2128(unsigned x);
__attribute__((noinline)) unsigned g2129(unsigned x);
__attribute__((noinline)) unsigned g2130(unsigned x);
__attribute__((noinline)) unsigned g2131(unsigned x);
__attribute__((noinline)) unsigned g2132(unsigned x);
__attribute__((noinline)) unsigned g2133(unsigned x);
__attribute__((noinline)) unsigned g2134(unsigned x);
__attribute__((noinline)) unsigned g2135(unsigned x);
__attribute__((noinline)) unsigned g2136(unsigned x);
__attribute__((noinline)) unsigned g2137(unsigned x);
__attribute__((noinline)) unsigned g2138(unsigned x);
__attribute__((noinline)) unsigned g2139(unsigned x);
__attribute__((noinline)) unsigned g2140(unsigned x);
__attribute__((noinline)) unsigned g2141(unsigned x);
__attribute__((noinline)) unsigned g2142(unsigned x);
__attribute__((noinline)) unsigned g2143(unsigned x);
__attribute__((noinline)) unsigned g2144(unsigned x);
__attribute__((noinline)) unsigned g2145(unsigned x);
__attribute__((noinline)) unsigned g2146(unsigned x);
__attribute__((noinline)) unsigned g2147(unsigned x);
__attribute__((noinline)) unsigned g2148(unsigned x);
__attribute__((noinline)) unsigned g2149(unsigned x);
__attribute__((noinline)) unsigned g2150(unsigned x);
__attribute__((noinline)) unsigned g2151(unsigned x);
__attribute__((noinline)) unsigned g2152(unsigned x);
__attribute__((noinline)) unsigned g2153(unsigned x);
__attribute__((noinline)) unsigned g2154(unsigned x);
__attribute__((noinline)) unsigned g2155(unsigned x);
__attribute__((noinline)) unsigned g2156(unsigned x);
__attribute__((noinline)) unsigned g2157(unsigned x);
__attribute__((noinline)) unsigned g2158(unsigned x);
__attribute__((noinline)) unsigned g2159(unsigned x);
__attribute__((noinline)) unsigned g2160(unsigned x);
__attribute__((noinline)) unsigned g2161(unsigned x);
__attribute__((noinline)) unsigned g2162(unsigned x);
__attribute__((noinline)) unsigned g2163(unsigned x);
__attribute__((noinline)) unsigned g2164(unsigned x);
__attribute__((noinline)) unsigned g2165(unsigned x);
__attribute__((noinline)) unsigned g2166(unsigned x);
__attribute__((noinline)) unsigned g2167(unsigned x);
__attribute__((noinline)) unsigned g2168(unsigned x);
__attribute__((noinline)) unsigned g2169(unsigned x);
__attribute__((noinline)) unsigned g2170(unsigned x);
__attribute__((noinline)) unsigned g2171(unsigned x);
__attribute__((noinline)) unsigned g2172(unsigned x);
__attribute__((noinline)) unsigned g2173(unsigned x);
__attribute__((noinline)) unsigned g2174(unsigned x);
__attribute__((noinline)) unsigned g2175(unsigned x);
__attribute__((noinline)) unsigned g2176(unsigned x);
__attribute__((noinline)) unsigned g2177(unsigned x);
__attribute__((noinline)) unsigned g2178(unsigned x);
__attribute__((noinline)) unsigned g2179(unsigned x);
__attribute__((noinline)) unsigned g2180(unsigned x);
__attribute__((noinline)) unsigned g2181(unsigned x);
__attribute__((noinline)) unsigned g2182(unsigned x);
__attribute__((noinline)) unsigned g2183(unsigned x);
__attribute__((noinline)) unsigned g2184(unsigned x);
__attribute__((noinline)) unsigned g2185(unsigned x);
__attribute__((noinline)) unsigned g2186(unsigned x);
__attribute__((noinline)) unsigned g2187(unsigned x);
__attribute__((noinline)) unsigned g2188(unsigned x);
__attribute__((noinline)) unsigned g2189(unsigned x);
__attribute__((noinline)) unsigned g2190(unsigned x);
__attribute__((noinline)) unsigned g2191(unsigned x);
__attribute__((noinline)) unsigned g2192(unsigned x);
__attribute__((noinline)) unsigned g2193(unsigned x);
__attribute__((noinline)) unsigned g2194(unsigned x);
__attribute__((noinline)) unsigned g2195(unsigned x);
__attribute__((noinline)) unsigned g2196(unsigned x);
__attribute__((noinline)) unsigned g2197(unsigned x);
__attribute__((noinline)) unsigned g2198(unsigned x);
__attribute__((noinline)) unsigned g2199(unsigned x);
__attribute__((noinline)) unsigned g2200(unsigned x);
__attribute__((noinline)) unsigned g2201(unsigned x);
__attribute__((noinline)) unsigned g2202(unsigned x);
__attribute__((noinline)) unsigned g2203(unsigned x);
__attribute__((noinline)) unsigned g2204(unsigned x);
__attribute__((noinline)) unsigned g2205(unsigned x);
__attribute__((noinline)) unsigned g2206(unsigned x);
__attribute__((noinline)) unsigned g2207(unsigned x);
__attribute__((noinline)) unsigned g2208(unsigned x);
__attribute__((noinline)) unsigned g2209(unsigned x);
__attribute__((noinline)) unsigned g2210(unsigned x);
__attribute__((noinline)) unsigned g2211(unsigned x);
__attribute__((noinline)) unsigned g2212(unsigned x);
__attribute__((noinline)) unsigned g2213(unsigned x);
__attribute__((noinline)) unsigned g2214(unsigned x);
__attribute__((noinline)) unsigned g2215(unsigned x);
__attribute__((noinline)) unsigned g2216(unsigned x);
__attribute__((noinline)) unsigned g2217(unsigned x);
__attribute__((noinline)) unsigned g2218(unsigned x);
__attribute__((noinline)) unsigned g2219(unsigned x);
__attribute__((noinline)) unsigned g2220(unsigned x);
__attribute__((noinline)) unsigned g2221(unsigned x);
__attribute__((noinline)) unsigned g2222(unsigned x);
__attribute__((noinline)) unsigned g2223(unsigned x);
__attribute__((noinline)) unsigned g2224(unsigned x);
__attribute__((noinline)) unsigned g2225(unsigned x);
__attribute__((noinline)) unsigned g2226(unsigned x);
__attribute__((noinline)) unsigned g2227(unsigned x);
__attribute__((noinline)) unsigned g2228(unsigned x);
__attribute__((noinline)) unsigned g2229(unsigned x);
__attribute__((noinline)) unsigned g2230(unsigned x);
__attribute__((noinline)) unsigned g2231(unsigned x);
__attribute__((noinline)) unsigned g2232(unsigned x);
__attribute__((noinline)) unsigned g2233(unsigned x);
__attribute__((noinline)) unsigned g2234(unsigned x);
__attribute__((noinline)) unsigned g2235(unsigned x);
__attribute__((noinline)) unsigned g2236(unsigned x);
__attribute__((noinline)) unsigned g2237(unsigned x);
__attribute__((noinline)) unsigned g2238(unsigned x);
__attribute__((noinline)) unsigned g2239(unsigned x);
__attribute__((noinline)) unsigned g2240(unsigned x);
__attribute__((noinline)) unsigned g2241(unsigned x);
__attribute__((noinline)) unsigned g2242(unsigned x);
__attribute__((noinline)) unsigned g2243(unsigned x);
__attribute__((noinline)) unsigned g2244(unsigned x);
__attribute__((noinline)) unsigned g2245(unsigned x);
__attribute__((noinline)) unsigned g2246(unsigned x);
__attribute__((noinline)) unsigned g2247(unsigned x);
__attribute__((noinline)) unsigned g2248(unsigned x);
__attribute__((noinline)) unsigned g2249(unsigned x);
__attribute__((noinline)) unsigned g2250(unsigned x);
__attribute__((noinline)) unsigned g2251(unsigned x);
__attribute__((noinline)) unsigned g2252(unsigned x);
__attribute__((noinline)) unsigned g2253(unsigned x);
__attribute__((noinline)) unsigned g2254(unsigned x);
__attribute__((noinline)) unsigned g2255(unsigned x);
__attribute__((noinline)) unsigned g2256(unsigned x);
__attribute__((noinline)) unsigned g2257(unsigned x);
__attribute__((noinline)) unsigned g2258(unsigned x);
__attribute__((noinline)) unsigned g2259(unsigned x);
__attribute__((noinline)) unsigned g2260(unsigned x);
__attribute__((noinline)) unsigned g2261(unsigned x);
__attribute__((noinline)) unsigned g2262(unsigned x);
__attribute__((noinline)) unsigned g2263(unsigned x);
__attribute__((noinline)) unsigned g2264(unsigned x);
__attribute__((noinline)) unsigned g2265(unsigned x);
__attribute__((noinline)) unsigned g2266(unsigned x);
__attribute__((noinline)) unsigned g2267(unsigned x);
__attribute__((noinline)) unsigned g2268(unsigned x);
__attribute__((noinline)) unsigned g2269(unsigned x);
__attribute__((noinline)) unsigned g2270(unsigned x);
__attribute__((noinline)) unsigned g2271(unsigned x);
__attribute__((noinline)) unsigned g2272(unsigned x);
__attribute__((noinline)) unsigned g2273(unsigned x);
__attribute__((noinline)) unsigned g2274(unsigned x);
__attribute__((noinline)) unsigned g2275(unsigned x);
__attribute__((noinline)) unsigned g2276(unsigned x);
__attribute__((noinline)) unsigned g2277(unsigned x);
__attribute__((noinline)) unsigned g2278(unsigned x);
__attribute__((noinline)) unsigned g2279(unsigned x);
__attribute__((noinline)) unsigned g2280(unsigned x);
__attribute__((noinline)) unsigned g2281(unsigned x);
__attribute__((noinline)) unsigned g2282(unsigned x);
__attribute__((noinline)) unsigned g2283(unsigned x);
__attribute__((noinline)) unsigned g2284(unsigned x);
__attribute__((noinline)) unsigned g2285(unsigned x);
__attribute__((noinline)) unsigned g2286(unsigned x);
__attribute__((noinline)) unsigned g2287(unsigned x);
__attribute__((noinline)) unsigned g2288(unsigned x);
__attribute__((noinline)) unsigned g2289(unsigned x);
__attribute__((noinline)) unsigned g2290(unsigned x);
__attribute__((noinline)) unsigned g2291(unsigned x);
__attribute__((noinline)) unsigned g2292(unsigned x);
__attribute__((noinline)) unsigned g2293(unsigned x);
__attribute__((noinline)) unsigned g2294(unsigned x);
__attribute__((noinline)) unsigned g2295(unsigned x);
__attribute__((noinline)) unsigned g2296(unsigned x);
__attribute__((noinline)) unsigned g2297(unsigned x);
__attribute__((noinline)) unsigned g2298(unsigned x);
__attribute__((noinline)) unsigned g2299(unsigned x);
__attribute__((noinline)) unsigned g2300(unsigned x);
__attribute__((noinline)) unsigned g2301(unsigned x);
__attribute__((noinline)) unsigned g2302(unsigned x);
__attribute__((noinline)) unsigned g2303(unsigned x);
__attribute__((noinline)) unsigned g2304(unsigned x);
__attribute__((noinline)) unsigned g2305(unsigned x);
__attribute__((noinline)) unsigned g2306(unsigned x);
__attribute__((noinline)) unsigned g2307(unsigned x);
__attribute__((noinline)) unsigned g2308(unsigned x);
__attribute__((noinline)) unsigned g2309(unsigned x);
__attribute__((noinline)) unsigned g2310(unsigned x);
__attribute__((noinline)) unsigned g2311(unsigned x);
__attribute__((noinline)) unsigned g2312(unsigned x);
__attribute__((noinline)) unsigned g2313(unsigned x);
__attribute__((noinline)) unsigned g2314(unsigned x);
__attribute__((noinline)) unsigned g2315(unsigned x);
__attribute__((noinline)) unsigned g2316(unsigned x);
__attribute__((noinline)) unsigned g2317(unsigned x);
__attribute__((noinline)) unsigned g2318(unsigned x);
__attribute__((noinline)) unsigned g2319(unsigned x);
__attribute__((noinline)) unsigned g2320(unsigned x);
__attribute__((noinline)) unsigned g2321(unsigned x);
__attribute__((noinline)) unsigned g2322(unsigned x);
__attribute__((noinline)) unsigned g2323(unsigned x);
__attribute__((noinline)) unsigned g2324(unsigned x);
__attribute__((noinline)) unsigned g2325(unsigned x);
__attribute__((noinline)) unsigned g2326(unsigned x);
__attribute__((noinline)) unsigned g2327(unsigned x);
__attribute__((noinline)) unsigned g2328(unsigned x);
__attribute__((noinline)) unsigned g2329(unsigned x);
__attribute__((noinline)) unsigned g2330(unsigned x);
__attribute__((noinline)) unsigned g2331(unsigned x);
__attribute__((noinline)) unsigned g2332(unsigned x);
__attribute__((noinline)) unsigned g2333(unsigned x);
__attribute__((noinline)) unsigned g2334(unsigned x);
__attribute__((noinline)) unsigned g2335(unsigned x);
__attribute__((noinline)) unsigned g2336(unsigned x);
__attribute__((noinline)) unsigned g2337(unsigned x);
__attribute__((noinline)) unsigned g2338(unsigned x);
__attribute__((noinline)) unsigned g2339(unsigned x);
__attribute__((noinline)) unsigned g2340(unsigned x);
__attribute__((noinline)) unsigned g2341(unsigned x);
__attribute__((noinline)) unsigned g2342(unsigned x);
__attribute__((noinline)) unsigned g2343(unsigned x);
__attribute__((noinline)) unsigned g2344(unsigned x);
__attribute__((noinline)) unsigned g2345(unsigned x);
__attribute__((noinline)) unsigned g2346(unsigned x);
__attribute__((noinline)) unsigned g2347(unsigned x);
__attribute__((noinline)) unsigned g2348(unsigned x);
__attribute__((noinline)) unsigned g2349(unsigned x);
__attribute__((noinline)) unsigned g2350(unsigned x);
__attribute__((noinline)) unsigned g2351(unsigned x);
__attribute__((noinline)) unsigned g2352(unsigned x);
__attribute__((noinline)) unsigned g2353(unsigned x);
__attribute__((noinline)) unsigned g2354(unsigned x);
__attribute__((noinline)) unsigned g2355(unsigned x);
__attribute__((noinline)) unsigned g2356(unsigned x);
__attribute__((noinline)) unsigned g2357(unsigned x);
__attribute__((noinline)) unsigned g2358(unsigned x);
__attribute__((noinline)) unsigned g2359(unsigned x);
__attribute__((noinline)) unsigned g2360(unsigned x);
__attribute__((noinline)) unsigned g2361(unsigned x);
__attribute__((noinline)) unsigned g2362(unsigned x);
__attribute__((noinline)) unsigned g2363(unsigned x);
__attribute__((noinline)) unsigned g2364(unsigned x);
__attribute__((noinline)) unsigned g2365(unsigned x);
__attribute__((noinline)) unsigned g2366(unsigned x);
__attribute__((noinline)) unsigned g2367(unsigned x);
__attribute__((noinline)) unsigned g2368(unsigned x);
__attribute__((noinline)) unsigned g2369(unsigned x);
__attribute__((noinline)) unsigned g2370(unsigned x);
__attribute__((noinline)) unsigned g2371(unsigned x);
__attribute__((noinline)) unsigned g2372(unsigned x);
__attribute__((noinline)) unsigned g2373(unsigned x);
__attribute__((noinline)) unsigned g2374(unsigned x);
__attribute__((noinline)) unsigned g2375(unsigned x);
__attribute__((noinline)) unsigned g2376(unsigned x);
__attribute__((noinline)) unsigned g2377(unsigned x);
__attribute__((noinline)) unsigned g2378(unsigned x);
__attribute__((noinline)) unsigned g2379(unsigned x);
__attribute__((noinline)) unsigned g2380(unsigned x);
__attribute__((noinline)) unsigned g2381(unsigned x);
__attribute__((noinline)) unsigned g2382(unsigned x);
__attribute__((noinline)) unsigned g2383(unsigned x);
__attribute__((noinline)) unsigned g2384(unsigned x);
__attribute__((noinline)) unsigned g2385(unsigned x);
__attribute__((noinline)) unsigned g2386(unsigned x);
__attribute__((noinline)) unsigned g2387(unsigned x);
__attribute__((noinline)) unsigned g2388(unsigned x);
__attribute__((noinline)) unsigned g2389(unsigned x);
__attribute__((noinline)) unsigned g2390(unsigned x);
__attribute__((noinline)) unsigned g2391(unsigned x);
__attribute__((noinline)) unsigned g2392(unsigned x);
__attribute__((noinline)) unsigned g2393(unsigned x);
__attribute__((noinline)) unsigned g2394(unsigned x);
__attribute__((noinline)) unsigned g2395(unsigned x);
__attribute__((noinline)) unsigned g2396(unsigned x);
__attribute__((noinline)) unsigned g2397(unsigned x);
__attribute__((noinline)) unsigned g2398(unsigned x);
__attribute__((noinline)) unsigned g2399(unsigned x);
__attribute__((noinline)) unsigned g2400(unsigned x);
__attribute__((noinline)) unsigned g2401(unsigned x);
__attribute__((noinline)) unsigned g2402(unsigned x);
__attribute__((noinline)) unsigned g2403(unsigned x);
__attribute__((noinline)) unsigned g2404(unsigned x);
__attribute__((noinline)) unsigned g2405(unsigned x);
__attribute__((noinline)) unsigned g2406(unsigned x);
__attribute__((noinline)) unsigned g2407(unsigned x);
__attribute__((noinline)) unsigned g2408(unsigned x);
__attribute__((noinline)) unsigned g2409(unsigned x);
__attribute__((noinline)) unsigned g2410(unsigned x);
__attribute__((noinline)) unsigned g2411(unsigned x);
__attribute__((noinline)) unsigned g2412(unsigned x);
__attribute__((noinline)) unsigned g2413(unsigned x);
__attribute__((noinline)) unsigned g2414(unsigned x);
__attribute__((noinline)) unsigned g2415(unsigned x);
__attribute__((noinline)) unsigned g2416(unsigned x);
__attribute__((noinline)) unsigned g2417(unsigned x);
__attribute__((noinline)) unsigned g2418(unsigned x);
__attribute__((noinline)) unsigned g2419(unsigned x);
__attribute__((noinline)) unsigned g2420(unsigned x);
__attribute__((noinline)) unsigned g2421(unsigned x);
__attribute__((noinline)) unsigned g2422(unsigned x);
__attribute__((noinline)) unsigned g2423(unsigned x);
__attribute__((noinline)) unsigned g2424(unsigned x);
__attribute__((noinline)) unsigned g2425(unsigned x);
__attribute__((noinline)) unsigned g2426(unsigned x);
__attribute__((noinline)) unsigned g2427(unsigned x);
__attribute__((noinline)) unsigned g2428(unsigned x);
__attribute__((noinline)) unsigned g2429(unsigned x);
__attribute__((noinline)) unsigned g2430(unsigned x);
__attribute__((noinline)) unsigned g2431(unsigned x);
__attribute__((noinline)) unsigned g2432(unsigned x);
__attribute__((noinline)) unsigned g2433(unsigned x);
__attribute__((noinline)) unsigned g2434(unsigned x);
__attribute__((noinline)) unsigned g2435(unsigned x);
__attribute__((noinline)) unsigned g2436(unsigned x);
__attribute__((noinline)) unsigned g2437(unsigned x);
__attribute__((noinline)) unsigned g2438(unsigned x);
__attribute__((noinline)) unsigned g2439(unsigned x);
__attribute__((noinline)) unsigned g2440(unsigned x);
__attribute__((noinline)) unsigned g2441(unsigned x);
__attribute__((noinline)) unsigned g2442(unsigned x);
__attribute__((noinline)) unsigned g2443(unsigned x);
__attribute__((noinline)) unsigned g2444(unsigned x);
__attribute__((noinline)) unsigned g2445(unsigned x);
__attribute__((noinline)) unsigned g2446(unsigned x);
__attribute__((noinline)) unsigned g2447(unsigned x);
__attribute__((noinline)) unsigned g2448(unsigned x);
__attribute__((noinline)) unsigned g2449(unsigned x);
__attribute__((noinline)) unsigned g2450(unsigned x);
__attribute__((noinline)) unsigned g2451(unsigned x);
__attribute__((noinline)) unsigned g2452(unsigned x);
__attribute__((noinline)) unsigned g2453(unsigned x);
__attribute__((noinline)) unsigned g2454(unsigned x);
__attribute__((noinline)) unsigned g2455(unsigned x);
__attribute__((noinline)) unsigned g2456(unsigned x);
__attribute__((noinline)) unsigned g2457(unsigned x);
__attribute__((noinline)) unsigned g2458(unsigned x);
__attribute__((noinline)) unsigned g2459(unsigned x);
__attribute__((noinline)) unsigned g2460(unsigned x);
__attribute__((noinline)) unsigned g2461(unsigned x);
__attribute__((noinline)) unsigned g2462(unsigned x);
__attribute__((noinline)) unsigned g2463(unsigned x);
__attribute__((noinline)) unsigned g2464(unsigned x);
__attribute__((noinline)) unsigned g2465(unsigned x);
__attribute__((noinline)) unsigned g2466(unsigned x);
__attribute__((noinline)) unsigned g2467(unsigned x);
__attribute__((noinline)) unsigned g2468(unsigned x);
__attribute__((noinline)) unsigned g2469(unsigned x);
__attribute__((noinline)) unsigned g2470(unsigned x);
__attribute__((noinline)) unsigned g2471(unsigned x);
__attribute__((noinline)) unsigned g2472(unsigned x);
__attribute__((noinline)) unsigned g2473(unsigned x);
__attribute__((noinline)) unsigned g2474(unsigned x);
__attribute__((noinline)) unsigned g2475(unsigned x);
__attribute__((noinline)) unsigned g2476(unsigned x);
__attribute__((noinline)) unsigned g2477(unsigned x);
__attribute__((noinline)) unsigned g2478(unsigned x);
__attribute__((noinline)) unsigned g2479(unsigned x);
__attribute__((noinline)) unsigned g2480(unsigned x);
__attribute__((noinline)) unsigned g2481(unsigned x);
__attribute__((noinline)) unsigned g2482(unsigned x);
__attribute__((noinline)) unsigned g2483(unsigned x);
__attribute__((noinline)) unsigned g2484(unsigned x);
__attribute__((noinline)) unsigned g2485(unsigned x);
__attribute__((noinline)) unsigned g2486(unsigned x);
__attribute__((noinline)) unsigned g2487(unsigned x);
__attribute__((noinline)) unsigned g2488(unsigned x);
__attribute__((noinline)) unsigned g2489(unsigned x);
__attribute__((noinline)) unsigned g2490(unsigned x);
__attribute__((noinline)) unsigned g2491(unsigned x);
__attribute__((noinline)) unsigned g2492(unsigned x);
__attribute__((noinline)) unsigned g2493(unsigned x);
__attribute__((noinline)) unsigned g2494(unsigned x);
__attribute__((noinline)) unsigned g2495(unsigned x);
__attribute__((noinline)) unsigned g2496(unsigned x);
__attribute__((noinline)) unsigned g2497(unsigned x);
__attribute__((noinline)) unsigned g2498(unsigned x);
__attribute__((noinline)) unsigned g2499(unsigned x);
__attribute__((noinline)) unsigned g2500(unsigned x);
__attribute__((noinline)) unsigned g2501(unsigned x);
__attribute__((noinline)) unsigned g2502(unsigned x);
__attribute__((noinline)) unsigned g2503(unsigned x);
__attribute__((noinline)) unsigned g2504(unsigned x);
__attribute__((noinline)) unsigned g2505(unsigned x);
__attribute__((noinline)) unsigned g2506(unsigned x);
__attribute__((noinline)) unsigned g2507(unsigned x);
__attribute__((noinline)) unsigned g2508(unsigned x);
__attribute__((noinline)) unsigned g2509(unsigned x);
__attribute__((noinline)) unsigned g2510(unsigned x);
__attribute__((noinline)) unsigned g2511(unsigned x);
__attribute__((noinline)) unsigned g2512(unsigned x);
__attribute__((noinline)) unsigned g2513(unsigned x);
__attribute__((noinline)) unsigned g2514(unsigned x);
__attribute__((noinline)) unsigned g2515(unsigned x);
__attribute__((noinline)) unsigned g2516(unsigned x);
__attribute__((noinline)) unsigned g2517(unsigned x);
__attribute__((noinline)) unsigned g2518(unsigned x);
__attribute__((noinline)) unsigned g2519(unsigned x);
__attribute__((noinline)) unsigned g2520(unsigned x);
__attribute__((noinline)) unsigned g2521(unsigned x);
__attribute__((noinline)) unsigned g2522(unsigned x);
__attribute__((noinline)) unsigned g2523(unsigned x);
__attribute__((noinline)) unsigned g2524(unsigned x);
__attribute__((noinline)) unsigned g2525(unsigned x);
__attribute__((noinline)) unsigned g2526(unsigned x);
__attribute__((noinline)) unsigned g2527(unsigned x);
__attribute__((noinline)) unsigned g2528(unsigned x);
__attribute__((noinline)) unsigned g2529(unsigned x);
__attribute__((noinline)) unsigned g2530(unsigned x);
__attribute__((noinline)) unsigned g2531(unsigned x);
__attribute__((noinline)) unsigned g2532(unsigned x);
__attribute__((noinline)) unsigned g2533(unsigned x);
__attribute__((noinline)) unsigned g2534(unsigned x);
__attribute__((noinline)) unsigned g2535(unsigned x);
__attribute__((noinline)) unsigned g2536(unsigned x);
__attribute__((noinline)) unsigned g2537(unsigned x);
__attribute__((noinline)) unsigned g2538(unsigned x);
__attribute__((noinline)) unsigned g2539(unsigned x);
__attribute__((noinline)) unsigned g2540(unsigned x);
__attribute__((noinline)) unsigned g2541(unsigned x);
__attribute__((noinline)) unsigned g2542(unsigned x);
__attribute__((noinline)) unsigned g2543(unsigned x);
__attribute__((noinline)) unsigned g2544(unsigned x);
__attribute__((noinline)) unsigned g2545(unsigned x);
__attribute__((noinline)) unsigned g2546(unsigned x);
__attribute__((noinline)) unsigned g2547(unsigned x);
__attribute__((noinline)) unsigned g2548(unsigned x);
__attribute__((noinline)) unsigned g2549(unsigned x);
__attribute__((noinline)) unsigned g2550(unsigned x);
__attribute__((noinline)) unsigned g2551(unsigned x);
__attribute__((noinline)) unsigned g2552(unsigned x);
__attribute__((noinline)) unsigned g2553(unsigned x);
__attribute__((noinline)) unsigned g2554(unsigned x);
__attribute__((noinline)) unsigned g2555(unsigned x);
__attribute__((noinline)) unsigned g2556(unsigned x);
__attribute__((noinline)) unsigned g2557(unsigned x);
__attribute__((noinline)) unsigned g2558(unsigned x);
__attribute__((noinline)) unsigned g2559(unsigned x);
__attribute__((noinline)) unsigned g2560(unsigned x);
__attribute__((noinline)) unsigned g2561(unsigned x);
__attribute__((noinline)) unsigned g2562(unsigned x);
__attribute__((noinline)) unsigned g2563(unsigned x);
__attribute__((noinline)) unsigned g2564(unsigned x);
__attribute__((noinline)) unsigned g2565(unsigned x);
__attribute__((noinline)) unsigned g2566(unsigned x);
__attribute__((noinline)) unsigned g2567(unsigned x);
__attribute__((noinline)) unsigned g2568(unsigned x);
__attribute__((noinline)) unsigned g2569(unsigned x);
__attribute__((noinline)) unsigned g2570(unsigned x);
__attribute__((noinline)) unsigned g2571(unsigned x);
__attribute__((noinline)) unsigned g2572(unsigned x);
__attribute__((noinline)) unsigned g2573(unsigned x);
__attribute__((noinline)) unsigned g2574(unsigned x);
__attribute__((noinline)) unsigned g2575(unsigned x);
__attribute__((noinline)) unsigned g2576(unsigned x);
__attribute__((noinline)) unsigned g2577(unsigned x);
__attribute__((noinline)) unsigned g2578(unsigned x);
__attribute__((noinline)) unsigned g2579(unsigned x);
__attribute__((noinline)) unsigned g2580(unsigned x);
__attribute__((noinline)) unsigned g2581(unsigned x);
__attribute__((noinline)) unsigned g2582(unsigned x);
__attribute__((noinline)) unsigned g2583(unsigned x);
__attribute__((noinline)) unsigned g2584(unsigned x);
__attribute__((noinline)) unsigned g2585(unsigned x);
__attribute__((noinline)) unsigned g2586(unsigned x);
__attribute__((noinline)) unsigned g2587(unsigned x);
__attribute__((noinline)) unsigned g2588(unsigned x);
__attribute__((noinline)) unsigned g2589(unsigned x);
__attribute__((noinline)) unsigned g2590(unsigned x);
__attribute__((noinline)) unsigned g2591(unsigned x);
__attribute__((noinline)) unsigned g2592(unsigned x);
__attribute__((noinline)) unsigned g2593(unsigned x);
__attribute__((noinline)) unsigned g2594(unsigned x);
__attribute__((noinline)) unsigned g2595(unsigned x);
__attribute__((noinline)) unsigned g2596(unsigned x);
__attribute__((noinline)) unsigned g2597(unsigned x);
__attribute__((noinline)) unsigned g2598(unsigned x);
__attribute__((noinline)) unsigned g2599(unsigned x);
__attribute__((noinline)) unsigned g2600(unsigned x);
__attribute__((noinline)) unsigned g2601(unsigned x);
__attribute__((noinline)) unsigned g2602(unsigned x);
__attribute__((noinline)) unsigned g2603(unsigned x);
__attribute__((noinline)) unsigned g2604(unsigned x);
__attribute__((noinline)) unsigned g2605(unsigned x);
__attribute__((noinline)) unsigned g2606(unsigned x);
__attribute__((noinline)) unsigned g2607(unsigned x);
__attribute__((noinline)) unsigned g2608(unsigned x);
__attribute__((noinline)) unsigned g2609(unsigned x);
__attribute__((noinline)) unsigned g2610(unsigned x);
__attribute__((noinline)) unsigned g2611(unsigned x);
__attribute__((noinline)) unsigned g2612(unsigned x);
__attribute__((noinline)) unsigned g2613(unsigned x);
__attribute__((noinline)) unsigned g2614(unsigned x);
__attribute__((noinline)) unsigned g2615(unsigned x);
__attribute__((noinline)) unsigned g2616(unsigned x);
__attribute__((noinline)) unsigned g2617(unsigned x);
__attribute__((noinline)) unsigned g2618(unsigned x);
__attribute__((noinline)) unsigned g2619(unsigned x);
__attribute__((noinline)) unsigned g2620(unsigned x);
__attribute__((noinline)) unsigned g2621(unsigned x);
__attribute__((noinline)) unsigned g2622(unsigned x);
__attribute__((noinline)) unsigned g2623(unsigned x);
__attribute__((noinline)) unsigned g2624(unsigned x);
__attribute__((noinline)) unsigned g2625(unsigned x);
__attribute__((noinline)) unsigned g2626(unsigned x);
__attribute__((noinline)) unsigned g2627(unsigned x);
__attribute__((noinline)) unsigned g2628(unsigned x);
__attribute__((noinline)) unsigned g2629(unsigned x);
__attribute__((noinline)) unsigned g2630(unsigned x);
__attribute__((noinline)) unsigned g2631(unsigned x);
__attribute__((noinline)) unsigned g2632(unsigned x);
__attribute__((noinline)) unsigned g2633(unsigned x);
__attribute__((noinline)) unsigned g2634(unsigned x);
__attribute__((noinline)) unsigned g2635(unsigned x);
__attribute__((noinline)) unsigned g2636(unsigned x);
__attribute__((noinline)) unsigned g2637(unsigned x);
__attribute__((noinline)) unsigned g2638(unsigned x);
__attribute__((noinline)) unsigned g2639(unsigned x);
__attribute__((noinline)) unsigned g2640(unsigned x);
__attribute__((noinline)) unsigned g2641(unsigned x);
__attribute__((noinline)) unsigned g2642(unsigned x);
__attribute__((noinline)) unsigned g2643(unsigned x);
__attribute__((noinline)) unsigned g2644(unsigned x);
__attribute__((noinline)) unsigned g2645(unsigned x);
__attribute__((noinline)) unsigned g2646(unsigned x);
__attribute__((noinline)) unsigned g2647(unsigned x);
__attribute__((noinline)) unsigned g2648(unsigned x);
__attribute__((noinline)) unsigned g2649(unsigned x);
__attribute__((noinline)) unsigned g2650(unsigned x);
__attribute__((noinline)) unsigned g2651(unsigned x);
__attribute__((noinline)) unsigned g2652(unsigned x);
__attribute__((noinline)) unsigned g2653(unsigned x);
__attribute__((noinline)) unsigned g2654(unsigned x);
__attribute__((noinline)) unsigned g2655(unsigned x);
__attribute__((noinline)) unsigned g2656(unsigned x);
__attribute__((noinline)) unsigned g2657(unsigned x);
__attribute__((noinline)) unsigned g2658(unsigned x);
__attribute__((noinline)) unsigned g2659(unsigned x);
__attribute__((noinline)) unsigned g2660(unsigned x);
__attribute__((noinline)) unsigned g2661(unsigned x);
__attribute__((noinline)) unsigned g2662(unsigned x);
__attribute__((noinline)) unsigned g2663(unsigned x);
__attribute__((noinline)) unsigned g2664(unsigned x);
__attribute__((noinline)) unsigned g2665(unsigned x);
__attribute__((noinline)) unsigned g2666(unsigned x);
__attribute__((noinline)) unsigned g2667(unsigned x);
__attribute__((noinline)) unsigned g2668(unsigned x);
__attribute__((noinline)) unsigned g2669(unsigned x);
__attribute__((noinline)) unsigned g2670(unsigned x);
__attribute__((noinline)) unsigned g2671(unsigned x);
__attribute__((noinline)) unsigned g2672(unsigned x);
__attribute__((noinline)) unsigned g2673(unsigned x);
__attribute__((noinline)) unsigned g2674(unsigned x);
__attribute__((noinline)) unsigned g2675(unsigned x);
__attribute__((noinline)) unsigned g2676(unsigned x);
__attribute__((noinline)) unsigned g2677(unsigned x);
__attribute__((noinline)) unsigned g2678(unsigned x);
__attribute__((noinline)) unsigned g2679(unsigned x);
__attribute__((noinline)) unsigned g2680(unsigned x);
__attribute__((noinline)) unsigned g2681(unsigned x);
__attribute__((noinline)) unsigned g2682(unsigned x);
__attribute__((noinline)) unsigned g2683(unsigned x);
__attribute__((noinline)) unsigned g2684(unsigned x);
__attribute__((noinline)) unsigned g2685(unsigned x);
__attribute__((noinline)) unsigned g2686(unsigned x);
__attribute__((noinline)) unsigned g2687(unsigned x);
__attribute__((noinline)) unsigned g2688(unsigned x);
__attribute__((noinline)) unsigned g2689(unsigned x);
__attribute__((noinline)) unsigned g2690(unsigned x);
__attribute__((noinline)) unsigned g2691(unsigned x);
__attribute__((noinline)) unsigned g2692(unsigned x);
__attribute__((noinline)) unsigned g2693(unsigned x);
__attribute__((noinline)) unsigned g2694(unsigned x);
__attribute__((noinline)) unsigned g2695(unsigned x);
__attribute__((noinline)) unsigned g2696(unsigned x);
__attribute__((noinline)) unsigned g2697(unsigned x);
__attribute__((noinline)) unsigned g2698(unsigned x);
__attribute__((noinline)) unsigned g2699(unsigned x);
__attribute__((noinline)) unsigned g2700(unsigned x);
__attribute__((noinline)) unsigned g2701(unsigned x);
__attribute__((noinline)) unsigned g2702(unsigned x);
__attribute__((noinline)) unsigned g2703(unsigned x);
__attribute__((noinline)) unsigned g2704(unsigned x);
__attribute__((noinline)) unsigned g2705(unsigned x);
__attribute__((noinline)) unsigned g2706(unsigned x);
__attribute__((noinline)) unsigned g2707(unsigned x);
__attribute__((noinline)) unsigned g2708(unsigned x);
__attribute__((noinline)) unsigned g2709(unsigned x);
__attribute__((noinline)) unsigned g2710(unsigned x);
__attribute__((noinline)) unsigned g2711(unsigned x);
__attribute__((noinline)) unsigned g2712(unsigned x);
__attribute__((noinline)) unsigned g2713(unsigned x);
__attribute__((noinline)) unsigned g2714(unsigned x);
__attribute__((noinline)) unsigned g2715(unsigned x);
__attribute__((noinline)) unsigned g2716(unsigned x);
__attribute__((noinline)) unsigned g2717(unsigned x);
__attribute__((noinline)) unsigned g2718(unsigned x);
__attribute__((noinline)) unsigned g2719(unsigned x);
__attribute__((noinline)) unsigned g2720(unsigned x);
__attribute__((noinline)) unsigned g2721(unsigned x);
__attribute__((noinline)) unsigned g2722(unsigned x);
__attribute__((noinline)) unsigned g2723(unsigned x);
__attribute__((noinline)) unsigned g2724(unsigned x);
__attribute__((noinline)) unsigned g2725(unsigned x);
__attribute__((noinline)) unsigned g2726(unsigned x);
__attribute__((noinline)) unsigned g2727(unsigned x);
__attribute__((noinline)) unsigned g2728(unsigned x);
__attribute__((noinline)) unsigned g2729(unsigned x);
__attribute__((noinline)) unsigned g2730(unsigned x);
__attribute__((noinline)) unsigned g2731(unsigned x);
__attribute__((noinline)) unsigned g2732(unsigned x);
__attribute__((noinline)) unsigned g2733(unsigned x);
__attribute__((noinline)) unsigned g2734(unsigned x);
__attribute__((noinline)) unsigned g2735(unsigned x);
__attribute__((noinline)) unsigned g2736(unsigned x);
__attribute__((noinline)) unsigned g2737(unsigned x);
__attribute__((noinline)) unsigned g2738(unsigned x);
__attribute__((noinline)) unsigned g2739(unsigned x);
__attribute__((noinline)) unsigned g2740(unsigned x);
__attribute__((noinline)) unsigned g2741(unsigned x);
__attribute__((noinline)) unsigned g2742(unsigned x);
__attribute__((noinline)) unsigned g2743(unsigned x);
__attribute__((noinline)) unsigned g2744(unsigned x);
__attribute__((noinline)) unsigned g2745(unsigned x);
__attribute__((noinline)) unsigned g2746(unsigned x);
__attribute__((noinline)) unsigned g2747(unsigned x);
__attribute__((noinline)) unsigned g2748(unsigned x);
__attribute__((noinline)) unsigned g2749(unsigned x);
__attribute__((noinline)) unsigned g2750(unsigned x);
__attribute__((noinline)) unsigned g2751(unsigned x);
__attribute__((noinline)) unsigned g2752(unsigned x);
__attribute__((noinline)) unsigned g2753(unsigned x);
__attribute__((noinline)) unsigned g2754(unsigned x);
__attribute__((noinline)) unsigned g2755(unsigned x);
__attribute__((noinline)) unsigned g2756(unsigned x);
__attribute__((noinline)) unsigned g2757(unsigned x);
__attribute__((noinline)) unsigned g2758(unsigned x);
__attribute__((noinline)) unsigned g2759(unsigned x);
__attribute__((noinline)) unsigned g2760(unsigned x);
__attribute__((noinline)) unsigned g2761(unsigned x);
__attribute__((noinline)) unsigned g2762(unsigned x);
__attribute__((noinline)) unsigned g2763(unsigned x);
__attribute__((noinline)) unsigned g2764(unsigned x);
__attribute__((noinline)) unsigned g2765(unsigned x);
__attribute__((noinline)) unsigned g2766(unsigned x);
__attribute__((noinline)) unsigned g2767(unsigned x);
__attribute__((noinline)) unsigned g2768(unsigned x);
__attribute__((noinline)) unsigned g2769(unsigned x);
__attribute__((noinline)) unsigned g2770(unsigned x);
__attribute__((noinline)) unsigned g2771(unsigned x);
__attribute__((noinline)) unsigned g2772(unsigned x);
__attribute__((noinline)) unsigned g2773(unsigned x);
__attribute__((noinline)) unsigned g2774(unsigned x);
__attribute__((noinline)) unsigned g2775(unsigned x);
__attribute__((noinline)) unsigned g2776(unsigned x);
__attribute__((noinline)) unsigned g2777(unsigned x);
__attribute__((noinline)) unsigned g2778(unsigned x);
__attribute__((noinline)) unsigned g2779(unsigned x);
__attribute__((noinline)) unsigned g2780(unsigned x);
__attribute__((noinline)) unsigned g2781(unsigned x);
__attribute__((noinline)) unsigned g2782(unsigned x);
__attribute__((noinline)) unsigned g2783(unsigned x);
__attribute__((noinline)) unsigned g2784(unsigned x);
__attribute__((noinline)) unsigned g2785(unsigned x);
__attribute__((noinline)) unsigned g2786(unsigned x);
__attribute__((noinline)) unsigned g2787(unsigned x);
__attribute__((noinline)) unsigned g2788(unsigned x);
__attribute__((noinline)) unsigned g2789(unsigned x);
__attribute__((noinline)) unsigned g2790(unsigned x);
__attribute__((noinline)) unsigned g2791(unsigned x);
__attribute__((noinline)) unsigned g2792(unsigned x);
__attribute__((noinline)) unsigned g2793(unsigned x);
__attribute__((noinline)) unsigned g2794(unsigned x);
__attribute__((noinline)) unsigned g2795(unsigned x);
__attribute__((noinline)) unsigned g2796(unsigned x);
__attribute__((noinline)) unsigned g2797(unsigned x);
__attribute__((noinline)) unsigned g2798(unsigned x);
__attribute__((noinline)) unsigned g2799(unsigned x);
__attribute__((noinline)) unsigned g2800(unsigned x);
__attribute__((noinline)) unsigned g2801(unsigned x);
__attribute__((noinline)) unsigned g2802(unsigned x);
__attribute__((noinline)) unsigned g2803(unsigned x);
__attribute__((noinline)) unsigned g2804(unsigned x);
__attribute__((noinline)) unsigned g2805(unsigned x);
__attribute__((noinline)) unsigned g2806(unsigned x);
__attribute__((noinline)) unsigned g2807(unsigned x);
__attribute__((noinline)) unsigned g2808(unsigned x);
__attribute__((noinline)) unsigned g2809(unsigned x);
__attribute__((noinline)) unsigned g2810(unsigned x);
__attribute__((noinline)) unsigned g2811(unsigned x);
__attribute__((noinline)) unsigned g2812(unsigned x);
__attribute__((noinline)) unsigned g2813(unsigned x);
__attribute__((noinline)) unsigned g2814(unsigned x);
__attribute__((noinline)) unsigned g2815(unsigned x);
__attribute__((noinline)) unsigned g2816(unsigned x);
__attribute__((noinline)) unsigned g2817(unsigned x);
__attribute__((noinline)) unsigned g2818(unsigned x);
__attribute__((noinline)) unsigned g2819(unsigned x);
__attribute__((noinline)) unsigned g2820(unsigned x);
__attribute__((noinline)) unsigned g2821(unsigned x);
__attribute__((noinline)) unsigned g2822(unsigned x);
__attribute__((noinline)) unsigned g2823(unsigned x);
__attribute__((noinline)) unsigned g2824(unsigned x);
__attribute__((noinline)) unsigned g2825(unsigned x);
__attribute__((noinline)) unsigned g2826(unsigned x);
__attribute__((noinline)) unsigned g2827(unsigned x);
__attribute__((noinline)) unsigned g2828(unsigned x);
__attribute__((noinline)) unsigned g2829(unsigned x);
__attribute__((noinline)) unsigned g2830(unsigned x);
__attribute__((noinline)) unsigned g2831(unsigned x);
__attribute__((noinline)) unsigned g2832(unsigned x);
__attribute__((noinline)) unsigned g2833(unsigned x);
__attribute__((noinline)) unsigned g2834(unsigned x);
__attribute__((noinline)) unsigned g2835(unsigned x);
__attribute__((noinline)) unsigned g2836(unsigned x);
__attribute__((noinline)) unsigned g2837(unsigned x);
__attribute__((noinline)) unsigned g2838(unsigned x);
__attribute__((noinline)) unsigned g2839(unsigned x);
__attribute__((noinline)) unsigned g2840(unsigned x);
__attribute__((noinline)) unsigned g2841(unsigned x);
__attribute__((noinline)) unsigned g2842(unsigned x);
__attribute__((noinline)) unsigned g2843(unsigned x);
__attribute__((noinline)) unsigned g2844(unsigned x);
__attribute__((noinline)) unsigned g2845(unsigned x);
__attribute__((noinline)) unsigned g2846(unsigned x);
__attribute__((noinline)) unsigned g2847(unsigned x);
__attribute__((noinline)) unsigned g2848(unsigned x);
__attribute__((noinline)) unsigned g2849(unsigned x);
__attribute__((noinline)) unsigned g2850(unsigned x);
__attribute__((noinline)) unsigned g2851(unsigned x);
__attribute__((noinline)) unsigned g2852(unsigned x);
__attribute__((noinline)) unsigned g2853(unsigned x);
__attribute__((noinline)) unsigned g2854(unsigned x);
__attribute__((noinline)) unsigned g2855(unsigned x);
__attribute__((noinline)) unsigned g2856(unsigned x);
__attribute__((noinline)) unsigned g2857(unsigned x);
__attribute__((noinline)) unsigned g2858(unsigned x);
__attribute__((noinline)) unsigned g2859(unsigned x);
__attribute__((noinline)) unsigned g2860(unsigned x);
__attribute__((noinline)) unsigned g2861(unsigned x);
__attribute__((noinline)) unsigned g2862(unsigned x);
__attribute__((noinline)) unsigned g2863(unsigned x);
__attribute__((noinline)) unsigned g2864(unsigned x);
__attribute__((noinline)) unsigned g2865(unsigned x);
__attribute__((noinline)) unsigned g2866(unsigned x);
__attribute__((noinline)) unsigned g2867(unsigned x);
__attribute__((noinline)) unsigned g2868(unsigned x);
__attribute__((noinline)) unsigned g2869(unsigned x);
__attribute__((noinline)) unsigned g2870(unsigned x);
__attribute__((noinline)) unsigned g2871(unsigned x);
__attribute__((noinline)) unsigned g2872(unsigned x);
__attribute__((noinline)) unsigned g2873(unsigned x);
__attribute__((noinline)) unsigned g2874(unsigned x);
__attribute__((noinline)) unsigned g2875(unsigned x);
__attribute__((noinline)) unsigned g2876(unsigned x);
__attribute__((noinline)) unsigned g2877(unsigned x);
__attribute__((noinline)) unsigned g2878(unsigned x);
__attribute__((noinline)) unsigned g2879(unsigned x);
__attribute__((noinline)) unsigned g2880(unsigned x);
__attribute__((noinline)) unsigned g2881(unsigned x);
__attribute__((noinline)) unsigned g2882(unsigned x);
__attribute__((noinline)) unsigned g2883(unsigned x);
__attribute__((noinline)) unsigned g2884(unsigned x);
__attribute__((noinline)) unsigned g2885(unsigned x);
__attribute__((noinline)) unsigned g2886(unsigned x);
__attribute__((noinline)) unsigned g2887(unsigned x);
__attribute__((noinline)) unsigned g2888(unsigned x);
__attribute__((noinline)) unsigned g2889(unsigned x);
__attribute__((noinline)) unsigned g2890(unsigned x);
__attribute__((noinline)) unsigned g2891(unsigned x);
__attribute__((noinline)) unsigned g2892(unsigned x);
__attribute__((noinline)) unsigned g2893(unsigned x);
__attribute__((noinline)) unsigned g2894(unsigned x);
__attribute__((noinline)) unsigned g2895(unsigned x);
__attribute__((noinline)) unsigned g2896(unsigned x);
__attribute__((noinline)) unsigned g2897(unsigned x);
__attribute__((noinline)) unsigned g2898(unsigned x);
__attribute__((noinline)) unsigned g2899(unsigned x);
__attribute__((noinline)) unsigned g2900(unsigned x);
__attribute__((noinline)) unsigned g2901(unsigned x);
__attribute__((noinline)) unsigned g2902(unsigned x);
__attribute__((noinline)) unsigned g2903(unsigned x);
__attribute__((noinline)) unsigned g2904(unsigned x);
__attribute__((noinline)) unsigned g2905(unsigned x);
__attribute__((noinline)) unsigned g2906(unsigned x);
__attribute__((noinline)) unsigned g2907(unsigned x);
__attribute__((noinline)) unsigned g2908(unsigned x);
__attribute__((noinline)) unsigned g2909(unsigned x);
__attribute__((noinline)) unsigned g2910(unsigned x);
__attribute__((noinline)) unsigned g2911(unsigned x);
__attribute__((noinline)) unsigned g2912(unsigned x);
__attribute__((noinline)) unsigned g2913(unsigned x);
__attribute__((noinline)) unsigned g2914(unsigned x);
__attribute__((noinline)) unsigned g2915(unsigned x);
__attribute__((noinline)) unsigned g2916(unsigned x);
__attribute__((noinline)) unsigned g2917(unsigned x);
__attribute__((noinline)) unsigned g2918(unsigned x);
__attribute__((noinline)) unsigned g2919(unsigned x);
__attribute__((noinline)) unsigned g2920(unsigned x);
__attribute__((noinline)) unsigned g2921(unsigned x);
__attribute__((noinline)) unsigned g2922(unsigned x);
__attribute__((noinline)) unsigned g2923(unsigned x);
__attribute__((noinline)) unsigned g2924(unsigned x);
__attribute__((noinline)) unsigned g2925(unsigned x);
__attribute__((noinline)) unsigned g2926(unsigned x);
__attribute__((noinline)) unsigned g2927(unsigned x);
__attribute__((noinline)) unsigned g2928(unsigned x);
__attribute__((noinline)) unsigned g2929(unsigned x);
__attribute__((noinline)) unsigned g2930(unsigned x);
__attribute__((noinline)) unsigned g2931(unsigned x);
__attribute__((noinline)) unsigned g2932(unsigned x);
__attribute__((noinline)) unsigned g2933(unsigned x);
__attribute__((noinline)) unsigned g2934(unsigned x);
__attribute__((noinline)) unsigned g2935(unsigned x);
__attribute__((noinline)) unsigned g2936(unsigned x);
__attribute__((noinline)) unsigned g2937(unsigned x);
__attribute__((noinline)) unsigned g2938(unsigned x);
__attribute__((noinline)) unsigned g2939(unsigned x);
__attribute__((noinline)) unsigned g2940(unsigned x);
__attribute__((noinline)) unsigned g2941(unsigned x);
__attribute__((noinline)) unsigned g2942(unsigned x);
__attribute__((noinline)) unsigned g2943(unsigned x);
__attribute__((noinline)) unsigned g2944(unsigned x);
__attribute__((noinline)) unsigned g2945(unsigned x);
__attribute__((noinline)) unsigned g2946(unsigned x);
__attribute__((noinline)) unsigned g2947(unsigned x);
__attribute__((noinline)) unsigned g2948(unsigned x);
__attribute__((noinline)) unsigned g2949(unsigned x);
__attribute__((noinline)) unsigned g2950(unsigned x);
__attribute__((noinline)) unsigned g2951(unsigned x);
__attribute__((noinline)) unsigned g2952(unsigned x);
__attribute__((noinline)) unsigned g2953(unsigned x);
__attribute__((noinline)) unsigned g2954(unsigned x);
__attribute__((noinline)) unsigned g2955(unsigned x);
__attribute__((noinline)) unsigned g2956(unsigned x);
__attribute__((noinline)) unsigned g2957(unsigned x);
__attribute__((noinline)) unsigned g2958(unsigned x);
__attribute__((noinline)) unsigned g2959(unsigned x);
__attribute__((noinline)) unsigned g2960(unsigned x);
__attribute__((noinline)) unsigned g2961(unsigned x);
__attribute__((noinline)) unsigned g2962(unsigned x);
__attribute__((noinline)) unsigned g2963(unsigned x);
__attribute__((noinline)) unsigned g2964(unsigned x);
__attribute__((noinline)) unsigned g2965(unsigned x);
__attribute__((noinline)) unsigned g2966(unsigned x);
__attribute__((noinline)) unsigned g2967(unsigned x);
__attribute__((noinline)) unsigned g2968(unsigned x);
__attribute__((noinline)) unsigned g2969(unsigned x);
__attribute__((noinline)) unsigned g2970(unsigned x);
__attribute__((noinline)) unsigned g2971(unsigned x);
__attribute__((noinline)) unsigned g2972(unsigned x);
__attribute__((noinline)) unsigned g2973(unsigned x);
__attribute__((noinline)) unsigned g2974(unsigned x);
__attribute__((noinline)) unsigned g2975(unsigned x);
__attribute__((noinline)) unsigned g2976(unsigned x);
__attribute__((noinline)) unsigned g2977(unsigned x);
__attribute__((noinline)) unsigned g2978(unsigned x);
__attribute__((noinline)) unsigned g2979(unsigned x);
__attribute__((noinline)) unsigned g2980(unsigned x);
__attribute__((noinline)) unsigned g2981(unsigned x);
__attribute__((noinline)) unsigned g2982(unsigned x);
__attribute__((noinline)) unsigned g2983(unsigned x);
__attribute__((noinline)) unsigned g2984(unsigned x);
__attribute__((noinline)) unsigned g2985(unsigned x);
__attribute__((noinline)) unsigned g2986(unsigned x);
__attribute__((noinline)) unsigned g2987(unsigned x);
__attribute__((noinline)) unsigned g2988(unsigned x);
__attribute__((noinline)) unsigned g2989(unsigned x);
__attribute__((noinline)) unsigned g2990(unsigned x);
__attribute__((noinline)) unsigned g2991(unsigned x);
__attribute__((noinline)) unsigned g2992(unsigned x);
__attribute__((noinline)) unsigned g2993(unsigned x);
__attribute__((noinline)) unsigned g2994(unsigned x);
__attribute__((noinline)) unsigned g2995(unsigned x);
__attribute__((noinline)) unsigned g2996(unsigned x);
__attribute__((noinline)) unsigned g2997(unsigned x);
__attribute__((noinline)) unsigned g2998(unsigned x);
__attribute__((noinline)) unsigned g2999(unsigned x);
__attribute__((noinline)) unsigned g0(unsigned x) { return g1(x * 1u + 0); }
__attribute__((noinline)) unsigned g1(unsigned x) { return g2(x * 3u + 1); }
__attribute__((noinline)) unsigned g2(unsigned x) { return g3(x * 5u + 2); }
__attribute__((noinline)) unsigned g3(unsigned x) { return g4(x * 7u + 3); }
__attribute__((noinline)) unsigned g4(unsigned x) { return g5(x * 9u + 4); }
__attribute__((noinline)) unsigned g5(unsigned x) { return g6(x * 11u + 5); }
__attribute__((noinline)) unsigned g6(unsigned x) { return g7(x * 13u + 6); }
__attribute__((noinline)) unsigned g7(unsigned x) { return g8(x * 15u + 7); }
__attribute__((noinline)) unsigned g8(unsigned x) { return g9(x * 17u + 8); }
__attribute__((noinline)) unsigned g9(unsigned x) { return g10(x * 19u + 9); }
__attribute__((noinline)) unsigned g10(unsigned x) { return g11(x * 21u + 10); }
__attribute__((noinline)) unsigned g11(unsigned x) { return g12(x * 23u + 11); }
__attribute__((noinline)) unsigned g12(unsigned x) { return g13(x * 25u + 12); }
__attribute__((noinline)) unsigned g13(unsigned x) { return g14(x * 1u + 13); }
__attribute__((noinline)) unsigned g14(unsigned x) { return g15(x * 3u + 14); }
__attribute__((noinline)) unsigned g15(unsigned x) { return g16(x * 5u + 15); }
__attribute__((noinline)) unsigned g16(unsigned x) { return g17(x * 7u + 16); }
__attribute__((noinline)) unsigned g17(unsigned x) { return g18(x * 9u + 17); }
__attribute__((noinline)) unsigned g18(unsigned x) { return g19(x * 11u + 18); }
__attribute__((noinline)) unsigned g19(unsigned x) { return g20(x * 13u + 19); }
__attribute__((noinline)) unsigned g20(unsigned x) { return g21(x * 15u + 20); }
__attribute__((noinline)) unsigned g21(unsigned x) { return g22(x * 17u + 21); }
__attribute__((noinline)) unsigned g22(unsigned x) { return g23(x * 19u + 22); }
__attribute__((noinline)) unsigned g23(unsigned x) { return g24(x * 21u + 23); }
__attribute__((noinline)) unsigned g24(unsigned x) { return g25(x * 23u + 24); }
__attribute__((noinline)) unsigned g25(unsigned x) { return g26(x * 25u + 25); }
__attribute__((noinline)) unsigned g26(unsigned x) { return g27(x * 1u + 26); }
__attribute__((noinline)) unsigned g27(unsigned x) { return g28(x * 3u + 27); }
__attribute__((noinline)) unsigned g28(unsigned x) { return g29(x * 5u + 28); }
__attribute__((noinline)) unsigned g29(unsigned x) { return g30(x * 7u + 29); }
__attribute__((noinline)) unsigned g30(unsigned x) { return g31(x * 9u + 30); }
__attribute__((noinline)) unsigned g31(unsigned x) { return g32(x * 11u + 31); }
__attribute__((noinline)) unsigned g32(unsigned x) { return g33(x * 13u + 32); }
__attribute__((noinline)) unsigned g33(unsigned x) { return g34(x * 15u + 33); }
__attribute__((noinline)) unsigned g34(unsigned x) { return g35(x * 17u + 34); }
__attribute__((noinline)) unsigned g35(unsigned x) { return g36(x * 19u + 35); }
__attribute__((noinline)) unsigned g36(unsigned x) { return g37(x * 21u + 36); }
__attribute__((noinline)) unsigned g37(unsigned x) { return g38(x * 23u + 37); }
__attribute__((noinline)) unsigned g38(unsigned x) { return g39(x * 25u + 38); }
__attribute__((noinline)) unsigned g39(unsigned x) { return g40(x * 1u + 39); }
__attribute__((noinline)) unsigned g40(unsigned x) { return g41(x * 3u + 40); }
__attribute__((noinline)) unsigned g41(unsigned x) { return g42(x * 5u + 41); }
__attribute__((noinline)) unsigned g42(unsigned x) { return g43(x * 7u + 42); }
__attribute__((noinline)) unsigned g43(unsigned x) { return g44(x * 9u + 43); }
__attribute__((noinline)) unsigned g44(unsigned x) { return g45(x * 11u + 44); }
__attribute__((noinline)) unsigned g45(unsigned x) { return g46(x * 13u + 45); }
__attribute__((noinline)) unsigned g46(unsigned x) { return g47(x * 15u + 46); }
__attribute__((noinline)) unsigned g47(unsigned x) { return g48(x * 17u + 47); }
__attribute__((noinline)) unsigned g48(unsigned x) { return g49(x * 19u + 48); }
__attribute__((noinline)) unsigned g49(unsigned x) { return x ^ 49; }
__attribute__((noinline)) unsigned g50(unsigned x) { return g51(x * 23u + 50); }
__attribute__((noinline)) unsigned g51(unsigned x) { return g52(x * 25u + 51); }
__attribute__((noinline)) unsigned g52(unsigned x) { return g53(x * 1u + 52); }
__attribute__((noinline)) unsigned g53(unsigned x) { return g54(x * 3u + 53); }
__attribute__((noinline)) unsigned g54(unsigned x) { return g55(x * 5u + 54); }
__attribute__((noinline)) unsigned g55(unsigned x) { return g56(x * 7u + 55); }
__attribute__((noinline)) unsigned g56(unsigned x) { return g57(x * 9u + 56); }
__attribute__((noinline)) unsigned g57(unsigned x) { return g58(x * 11u + 57); }
__attribute__((noinline)) unsigned g58(unsigned x) { return g59(x * 13u + 58); }
__attribute__((noinline)) unsigned g59(unsigned x) { return g60(x * 15u + 59); }
__attribute__((noinline)) unsigned g60(unsigned x) { return g61(x * 17u + 60); }
__attribute__((noinline)) unsigned g61(unsigned x) { return g62(x * 19u + 61); }
__attribute__((noinline)) unsigned g62(unsigned x) { return g63(x * 21u + 62); }
__attribute__((noinline)) unsigned g63(unsigned x) { return g64(x * 23u + 63); }
__attribute__((noinline)) unsigned g64(unsigned x) { return g65(x * 25u + 64); }
__attribute__((noinline)) unsigned g65(unsigned x) { return g66(x * 1u + 65); }
__attribute__((noinline)) unsigned g66(unsigned x) { return g67(x * 3u + 66); }
__attribute__((noinline)) unsigned g67(unsigned x) { return g68(x * 5u + 67); }
__attribute__((noinline)) unsigned g68(unsigned x) { return g69(x * 7u + 68); }
__attribute__((noinline)) unsigned g69(unsigned x) { return g70(x * 9u + 69); }
__attribute__((noinline)) unsigned g70(unsigned x) { return g71(x * 11u + 70); }
__attribute__((noinline)) unsigned g71(unsigned x) { return g72(x * 13u + 71); }
__attribute__((noinline)) unsigned g72(unsigned x) { return g73(x * 15u + 72); }
__attribute__((noinline)) unsigned g73(unsigned x) { return g74(x * 17u + 73); }
__attribute__((noinline)) unsigned g74(unsigned x) { return g75(x * 19u + 74); }
__attribute__((noinline)) unsigned g75(unsigned x) { return g76(x * 21u + 75); }
__attribute__((noinline)) unsigned g76(unsigned x) { return g77(x * 23u + 76); }
__attribute__((noinline)) unsigned g77(unsigned x) { return g78(x * 25u + 77); }
__attribute__((noinline)) unsigned g78(unsigned x) { return g79(x * 1u + 78); }
__attribute__((noinline)) unsigned g79(unsigned x) { return g80(x * 3u + 79); }
__attribute__((noinline)) unsigned g80(unsigned x) { return g81(x * 5u + 80); }
__attribute__((noinline)) unsigned g81(unsigned x) { return g82(x * 7u + 81); }
__attribute__((noinline)) unsigned g82(unsigned x) { return g83(x * 9u + 82); }
__attribute__((noinline)) unsigned g83(unsigned x) { return g84(x * 11u + 83); }
__attribute__((noinline)) unsigned g84(unsigned x) { return g85(x * 13u + 84); }
__attribute__((noinline)) unsigned g85(unsigned x) { return g86(x * 15u + 85); }
__attribute__((noinline)) unsigned g86(unsigned x) { return g87(x * 17u + 86); }
__attribute__((noinline)) unsigned g87(unsigned x) { return g88(x * 19u + 87); }
__attribute__((noinline)) unsigned g88(unsigned x) { return g89(x * 21u + 88); }
__attribute__((noinline)) unsigned g89(unsigned x) { return g90(x * 23u + 89); }
__attribute__((noinline)) unsigned g90(unsigned x) { return g91(x * 25u + 90); }
__attribute__((noinline)) unsigned g91(unsigned x) { return g92(x * 1u + 91); }
__attribute__((noinline)) unsigned g92(unsigned x) { return g93(x * 3u + 92); }
__attribute__((noinline)) unsigned g93(unsigned x) { return g94(x * 5u + 93); }
__attribute__((noinline)) unsigned g94(unsigned x) { return g95(x * 7u + 94); }
__attribute__((noinline)) unsigned g95(unsigned x) { return g96(x * 9u + 95); }
__attribute__((noinline)) unsigned g96(unsigned x) { return g97(x * 11u + 96); }
__attribute__((noinline)) unsigned g97(unsigned x) { return g98(x * 13u + 97); }
__attribute__((noinline)) unsigned g98(unsigned x) { return g99(x * 15u + 98); }
__attribute__((noinline)) unsigned g99(unsigned x) { return x ^ 99; }
__attribute__((noinline)) unsigned g100(unsigned x) { return g101(x * 19u + 100); }
__attribute__((noinline)) unsigned g101(unsigned x) { return g102(x * 21u + 101); }
__attribute__((noinline)) unsigned g102(unsigned x) { return g103(x * 23u + 102); }
__attribute__((noinline)) unsigned g103(unsigned x) { return g104(x * 25u + 103); }
__attribute__((noinline)) unsigned g104(unsigned x) { return g105(x * 1u + 104); }
__attribute__((noinline)) unsigned g105(unsigned x) { return g106(x * 3u + 105); }
__attribute__((noinline)) unsigned g106(unsigned x) { return g107(x * 5u + 106); }
__attribute__((noinline)) unsigned g107(unsigned x) { return g108(x * 7u + 107); }
__attribute__((noinline)) unsigned g108(unsigned x) { return g109(x * 9u + 108); }
__attribute__((noinline)) unsigned g109(unsigned x) { return g110(x * 11u + 109); }
__attribute__((noinline)) unsigned g110(unsigned x) { return g111(x * 13u + 110); }
__attribute__((noinline)) unsigned g111(unsigned x) { return g112(x * 15u + 111); }
__attribute__((noinline)) unsigned g112(unsigned x) { return g113(x * 17u + 112); }
__attribute__((noinline)) unsigned g113(unsigned x) { return g114(x * 19u + 113); }
__attribute__((noinline)) unsigned g114(unsigned x) { return g115(x * 21u + 114); }
__attribute__((noinline)) unsigned g115(unsigned x) { return g116(x * 23u + 115); }
__attribute__((noinline)) unsigned g116(unsigned x) { return g117(x * 25u + 116); }
__attribute__((noinline)) unsigned g117(unsigned x) { return g118(x * 1u + 117); }
__attribute__((noinline)) unsigned g118(unsigned x) { return g119(x * 3u + 118); }
__attribute__((noinline)) unsigned g119(unsigned x) { return g120(x * 5u + 119); }
__attribute__((noinline)) unsigned g120(unsigned x) { return g121(x * 7u + 120); }
__attribute__((noinline)) unsigned g121(unsigned x) { return g122(x * 9u + 121); }
__attribute__((noinline)) unsigned g122(unsigned x) { return g123(x * 11u + 122); }
__attribute__((noinline)) unsigned g123(unsigned x) { return g124(x * 13u + 123); }
__attribute__((noinline)) unsigned g124(unsigned x) { return g125(x * 15u + 124); }
__attribute__((noinline)) unsigned g125(unsigned x) { return g126(x * 17u + 125); }
__attribute__((noinline)) unsigned g126(unsigned x) { return g127(x * 19u + 126); }
__attribute__((noinline)) unsigned g127(unsigned x) { return g128(x * 21u + 127); }
__attribute__((noinline)) unsigned g128(unsigned x) { return g129(x * 23u + 128); }
__attribute__((noinline)) unsigned g129(unsigned x) { return g130(x * 25u + 129); }
__attribute__((noinline)) unsigned g130(unsigned x) { return g131(x * 1u + 130); }
__attribute__((noinline)) unsigned g131(unsigned x) { return g132(x * 3u + 131); }
__attribute__((noinline)) unsigned g132(unsigned x) { return g133(x * 5u + 132); }
__attribute__((noinline)) unsigned g133(unsigned x) { return g134(x * 7u + 133); }
__attribute__((noinline)) unsigned g134(unsigned x) { return g135(x * 9u + 134); }
__attribute__((noinline)) unsigned g135(unsigned x) { return g136(x * 11u + 135); }
__attribute__((noinline)) unsigned g136(unsigned x) { return g137(x * 13u + 136); }
__attribute__((noinline)) unsigned g137(unsigned x) { return g138(x * 15u + 137); }
__attribute__((noinline)) unsigned g138(unsigned x) { return g139(x * 17u + 138); }
__attribute__((noinline)) unsigned g139(unsigned x) { return g140(x * 19u + 139); }
__attribute__((noinline)) unsigned g140(unsigned x) { return g141(x * 21u + 140); }
__attribute__((noinline)) unsigned g141(unsigned x) { return g142(x * 23u + 141); }
__attribute__((noinline)) unsigned g142(unsigned x) { return g143(x * 25u + 142); }
__attribute__((noinline)) unsigned g143(unsigned x) { return g144(x * 1u + 143); }
__attribute__((noinline)) unsigned g144(unsigned x) { return g145(x * 3u + 144); }
__attribute__((noinline)) unsigned g145(unsigned x) { return g146(x * 5u + 145); }
__attribute__((noinline)) unsigned g146(unsigned x) { return g147(x * 7u + 146); }
__attribute__((noinline)) unsigned g147(unsigned x) { return g148(x * 9u + 147); }
__attribute__((noinline)) unsigned g148(unsigned x) { return g149(x * 11u + 148); }
__attribute__((noinline)) unsigned g149(unsigned x) { return x ^ 149; }
__attribute__((noinline)) unsigned g150(unsigned x) { return g151(x * 15u + 150); }
__attribute__((noinline)) unsigned g151(unsigned x) { return g152(x * 17u + 151); }
__attribute__((noinline)) unsigned g152(unsigned x) { return g153(x * 19u + 152); }
__attribute__((noinline)) unsigned g153(unsigned x) { return g154(x * 21u + 153); }
__attribute__((noinline)) unsigned g154(unsigned x) { return g155(x * 23u + 154); }
__attribute__((noinline)) unsigned g155(unsigned x) { return g156(x * 25u + 155); }
__attribute__((noinline)) unsigned g156(unsigned x) { return g157(x * 1u + 156); }
__attribute__((noinline)) unsigned g157(unsigned x) { return g158(x * 3u + 157); }
__attribute__((noinline)) unsigned g158(unsigned x) { return g159(x * 5u + 158); }
__attribute__((noinline)) unsigned g159(unsigned x) { return g160(x * 7u + 159); }
__attribute__((noinline)) unsigned g160(unsigned x) { return g161(x * 9u + 160); }
__attribute__((noinline)) unsigned g161(unsigned x) { return g162(x * 11u + 161); }
__attribute__((noinline)) unsigned g162(unsigned x) { return g163(x * 13u + 162); }
__attribute__((noinline)) unsigned g163(unsigned x) { return g164(x * 15u + 163); }
__attribute__((noinline)) unsigned g164(unsigned x) { return g165(x * 17u + 164); }
__attribute__((noinline)) unsigned g165(unsigned x) { return g166(x * 19u + 165); }
__attribute__((noinline)) unsigned g166(unsigned x) { return g167(x * 21u + 166); }
__attribute__((noinline)) unsigned g167(unsigned x) { return g168(x * 23u + 167); }
__attribute__((noinline)) unsigned g168(unsigned x) { return g169(x * 25u + 168); }
__attribute__((noinline)) unsigned g169(unsigned x) { return g170(x * 1u + 169); }
__attribute__((noinline)) unsigned g170(unsigned x) { return g171(x * 3u + 170); }
__attribute__((noinline)) unsigned g171(unsigned x) { return g172(x * 5u + 171); }
__attribute__((noinline)) unsigned g172(unsigned x) { return g173(x * 7u + 172); }
__attribute__((noinline)) unsigned g173(unsigned x) { return g174(x * 9u + 173); }
__attribute__((noinline)) unsigned g174(unsigned x) { return g175(x * 11u + 174); }
__attribute__((noinline)) unsigned g175(unsigned x) { return g176(x * 13u + 175); }
__attribute__((noinline)) unsigned g176(unsigned x) { return g177(x * 15u + 176); }
__attribute__((noinline)) unsigned g177(unsigned x) { return g178(x * 17u + 177); }
__attribute__((noinline)) unsigned g178(unsigned x) { return g179(x * 19u + 178); }
__attribute__((noinline)) unsigned g179(unsigned x) { return g180(x * 21u + 179); }
__attribute__((noinline)) unsigned g180(unsigned x) { return g181(x * 23u + 180); }
__attribute__((noinline)) unsigned g181(unsigned x) { return g182(x * 25u + 181); }
__attribute__((noinline)) unsigned g182(unsigned x) { return g183(x * 1u + 182); }
__attribute__((noinline)) unsigned g183(unsigned x) { return g184(x * 3u + 183); }
__attribute__((noinline)) unsigned g184(unsigned x) { return g185(x * 5u + 184); }
__attribute__((noinline)) unsigned g185(unsigned x) { return g186(x * 7u + 185); }
__attribute__((noinline)) unsigned g186(unsigned x) { return g187(x * 9u + 186); }
__attribute__((noinline)) unsigned g187(unsigned x) { return g188(x * 11u + 187); }
__attribute__((noinline)) unsigned g188(unsigned x) { return g189(x * 13u + 188); }
__attribute__((noinline)) unsigned g189(unsigned x) { return g190(x * 15u + 189); }
__attribute__((noinline)) unsigned g190(unsigned x) { return g191(x * 17u + 190); }
__attribute__((noinline)) unsigned g191(unsigned x) { return g192(x * 19u + 191); }
__attribute__((noinline)) unsigned g192(unsigned x) { return g193(x * 21u + 192); }
__attribute__((noinline)) unsigned g193(unsigned x) { return g194(x * 23u + 193); }
__attribute__((noinline)) unsigned g194(unsigned x) { return g195(x * 25u + 194); }
__attribute__((noinline)) unsigned g195(unsigned x) { return g196(x * 1u + 195); }
__attribute__((noinline)) unsigned g196(unsigned x) { return g197(x * 3u + 196); }
__attribute__((noinline)) unsigned g197(unsigned x) { return g198(x * 5u + 197); }
__attribute__((noinline)) unsigned g198(unsigned x) { return g199(x * 7u + 198); }
__attribute__((noinline)) unsigned g199(unsigned x) { return x ^ 199; }
__attribute__((noinline)) unsigned g200(unsigned x) { return g201(x * 11u + 200); }
__attribute__((noinline)) unsigned g201(unsigned x) { return g202(x * 13u + 201); }
__attribute__((noinline)) unsigned g202(unsigned x) { return g203(x * 15u + 202); }
__attribute__((noinline)) unsigned g203(unsigned x) { return g204(x * 17u + 203); }
__attribute__((noinline)) unsigned g204(unsigned x) { return g205(x * 19u + 204); }
__attribute__((noinline)) unsigned g205(unsigned x) { return g206(x * 21u + 205); }
__attribute__((noinline)) unsigned g206(unsigned x) { return g207(x * 23u + 206); }
__attribute__((noinline)) unsigned g207(unsigned x) { return g208(x * 25u + 207); }
__attribute__((noinline)) unsigned g208(unsigned x) { return g209(x * 1u + 208); }
__attribute__((noinline)) unsigned g209(unsigned x) { return g210(x * 3u + 209); }
__attribute__((noinline)) unsigned g210(unsigned x) { return g211(x * 5u + 210); }
__attribute__((noinline)) unsigned g211(unsigned x) { return g212(x * 7u + 211); }
__attribute__((noinline)) unsigned g212(unsigned x) { return g213(x * 9u + 212); }
__attribute__((noinline)) unsigned g213(unsigned x) { return g214(x * 11u + 213); }
__attribute__((noinline)) unsigned g214(unsigned x) { return g215(x * 13u + 214); }
__attribute__((noinline)) unsigned g215(unsigned x) { return g216(x * 15u + 215); }
__attribute__((noinline)) unsigned g216(unsigned x) { return g217(x * 17u + 216); }
__attribute__((noinline)) unsigned g217(unsigned x) { return g218(x * 19u + 217); }
__attribute__((noinline)) unsigned g218(unsigned x) { return g219(x * 21u + 218); }
__attribute__((noinline)) unsigned g219(unsigned x) { return g220(x * 23u + 219); }
__attribute__((noinline)) unsigned g220(unsigned x) { return g221(x * 25u + 220); }
__attribute__((noinline)) unsigned g221(unsigned x) { return g222(x * 1u + 221); }
__attribute__((noinline)) unsigned g222(unsigned x) { return g223(x * 3u + 222); }
__attribute__((noinline)) unsigned g223(unsigned x) { return g224(x * 5u + 223); }
__attribute__((noinline)) unsigned g224(unsigned x) { return g225(x * 7u + 224); }
__attribute__((noinline)) unsigned g225(unsigned x) { return g226(x * 9u + 225); }
__attribute__((noinline)) unsigned g226(unsigned x) { return g227(x * 11u + 226); }
__attribute__((noinline)) unsigned g227(unsigned x) { return g228(x * 13u + 227); }
__attribute__((noinline)) unsigned g228(unsigned x) { return g229(x * 15u + 228); }
__attribute__((noinline)) unsigned g229(unsigned x) { return g230(x * 17u + 229); }
__attribute__((noinline)) unsigned g230(unsigned x) { return g231(x * 19u + 230); }
__attribute__((noinline)) unsigned g231(unsigned x) { return g232(x * 21u + 231); }
__attribute__((noinline)) unsigned g232(unsigned x) { return g233(x * 23u + 232); }
__attribute__((noinline)) unsigned g233(unsigned x) { return g234(x * 25u + 233); }
__attribute__((noinline)) unsigned g234(unsigned x) { return g235(x * 1u + 234); }
__attribute__((noinline)) unsigned g235(unsigned x) { return g236(x * 3u + 235); }
__attribute__((noinline)) unsigned g236(unsigned x) { return g237(x * 5u + 236); }
__attribute__((noinline)) unsigned g237(unsigned x) { return g238(x * 7u + 237); }
__attribute__((noinline)) unsigned g238(unsigned x) { return g239(x * 9u + 238); }
__attribute__((noinline)) unsigned g239(unsigned x) { return g240(x * 11u + 239); }
__attribute__((noinline)) unsigned g240(unsigned x) { return g241(x * 13u + 240); }
__attribute__((noinline)) unsigned g241(unsigned x) { return g242(x * 15u + 241); }
__attribute__((noinline)) unsigned g242(unsigned x) { return g243(x * 17u + 242); }
__attribute__((noinline)) unsigned g243(unsigned x) { return g244(x * 19u + 243); }
__attribute__((noinline)) unsigned g244(unsigned x) { return g245(x * 21u + 244); }
__attribute__((noinline)) unsigned g245(unsigned x) { return g246(x * 23u + 245); }
__attribute__((noinline)) unsigned g246(unsigned x) { return g247(x * 25u + 246); }
__attribute__((noinline)) unsigned g247(unsigned x) { return g248(x * 1u + 247); }
__attribute__((noinline)) unsigned g248(unsigned x) { return g249(x * 3u + 248); }
__attribute__((noinline)) unsigned g249(unsigned x) { return x ^ 249; }
__attribute__((noinline)) unsigned g250(unsigned x) { return g251(x * 7u + 250); }
__attribute__((noinline)) unsigned g251(unsigned x) { return g252(x * 9u + 251); }
__attribute__((noinline)) unsigned g252(unsigned x) { return g253(x * 11u + 252); }
__attribute__((noinline)) unsigned g253(unsigned x) { return g254(x * 13u + 253); }
__attribute__((noinline)) unsigned g254(unsigned x) { return g255(x * 15u + 254); }
__attribute__((noinline)) unsigned g255(unsigned x) { return g256(x * 17u + 255); }
__attribute__((noinline)) unsigned g256(unsigned x) { return g257(x * 19u + 256); }
__attribute__((noinline)) unsigned g257(unsigned x) { return g258(x * 21u + 257); }
__attribute__((noinline)) unsigned g258(unsigned x) { return g259(x * 23u + 258); }
__attribute__((noinline)) unsigned g259(unsigned x) { return g260(x * 25u + 259); }
__attribute__((noinline)) unsigned g260(unsigned x) { return g261(x * 1u + 260); }
__attribute__((noinline)) unsigned g261(unsigned x) { return g262(x * 3u + 261); }
__attribute__((noinline)) unsigned g262(unsigned x) { return g263(x * 5u + 262); }
__attribute__((noinline)) unsigned g263(unsigned x) { return g264(x * 7u + 263); }
__attribute__((noinline)) unsigned g264(unsigned x) { return g265(x * 9u + 264); }
__attribute__((noinline)) unsigned g265(unsigned x) { return g266(x * 11u + 265); }
__attribute__((noinline)) unsigned g266(unsigned x) { return g267(x * 13u + 266); }
__attribute__((noinline)) unsigned g267(unsigned x) { return g268(x * 15u + 267); }
__attribute__((noinline)) unsigned g268(unsigned x) { return g269(x * 17u + 268); }
__attribute__((noinline)) unsigned g269(unsigned x) { return g270(x * 19u + 269); }
__attribute__((noinline)) unsigned g270(unsigned x) { return g271(x * 21u + 270); }
__attribute__((noinline)) unsigned g271(unsigned x) { return g272(x * 23u + 271); }
__attribute__((noinline)) unsigned g272(unsigned x) { return g273(x * 25u + 272); }
__attribute__((noinline)) unsigned g273(unsigned x) { return g274(x * 1u + 273); }
__attribute__((noinline)) unsigned g274(unsigned x) { return g275(x * 3u + 274); }
__attribute__((noinline)) unsigned g275(unsigned x) { return g276(x * 5u + 275); }
__attribute__((noinline)) unsigned g276(unsigned x) { return g277(x * 7u + 276); }
__attribute__((noinline)) unsigned g277(unsigned x) { return g278(x * 9u + 277); }
__attribute__((noinline)) unsigned g278(unsigned x) { return g279(x * 11u + 278); }
__attribute__((noinline)) unsigned g279(unsigned x) { return g280(x * 13u + 279); }
__attribute__((noinline)) unsigned g280(unsigned x) { return g281(x * 15u + 280); }
__attribute__((noinline)) unsigned g281(unsigned x) { return g282(x * 17u + 281); }
__attribute__((noinline)) unsigned g282(unsigned x) { return g283(x * 19u + 282); }
__attribute__((noinline)) unsigned g283(unsigned x) { return g284(x * 21u + 283); }
__attribute__((noinline)) unsigned g284(unsigned x) { return g285(x * 23u + 284); }
__attribute__((noinline)) unsigned g285(unsigned x) { return g286(x * 25u + 285); }
__attribute__((noinline)) unsigned g286(unsigned x) { return g287(x * 1u + 286); }
__attribute__((noinline)) unsigned g287(unsigned x) { return g288(x * 3u + 287); }
__attribute__((noinline)) unsigned g288(unsigned x) { return g289(x * 5u + 288); }
__attribute__((noinline)) unsigned g289(unsigned x) { return g290(x * 7u + 289); }
__attribute__((noinline)) unsigned g290(unsigned x) { return g291(x * 9u + 290); }
__attribute__((noinline)) unsigned g291(unsigned x) { return g292(x * 11u + 291); }
__attribute__((noinline)) unsigned g292(unsigned x) { return g293(x * 13u + 292); }
__attribute__((noinline)) unsigned g293(unsigned x) { return g294(x * 15u + 293); }
__attribute__((noinline)) unsigned g294(unsigned x) { return g295(x * 17u + 294); }
__attribute__((noinline)) unsigned g295(unsigned x) { return g296(x * 19u + 295); }
__attribute__((noinline)) unsigned g296(unsigned x) { return g297(x * 21u + 296); }
__attribute__((noinline)) unsigned g297(unsigned x) { return g298(x * 23u + 297); }
__attribute__((noinline)) unsigned g298(unsigned x) { return g299(x * 25u + 298); }
__attribute__((noinline)) unsigned g299(unsigned x) { return x ^ 299; }
__attribute__((noinline)) unsigned g300(unsigned x) { return g301(x * 3u + 300); }
__attribute__((noinline)) unsigned g301(unsigned x) { return g302(x * 5u + 301); }
__attribute__((noinline)) unsigned g302(unsigned x) { return g303(x * 7u + 302); }
__attribute__((noinline)) unsigned g303(unsigned x) { return g304(x * 9u + 303); }
__attribute__((noinline)) unsigned g304(unsigned x) { return g305(x * 11u + 304); }
__attribute__((noinline)) unsigned g305(unsigned x) { return g306(x * 13u + 305); }
__attribute__((noinline)) unsigned g306(unsigned x) { return g307(x * 15u + 306); }
__attribute__((noinline)) unsigned g307(unsigned x) { return g308(x * 17u + 307); }
__attribute__((noinline)) unsigned g308(unsigned x) { return g309(x * 19u + 308); }
__attribute__((noinline)) unsigned g309(unsigned x) { return g310(x * 21u + 309); }
__attribute__((noinline)) unsigned g310(unsigned x) { return g311(x * 23u + 310); }
__attribute__((noinline)) unsigned g311(unsigned x) { return g312(x * 25u + 311); }
__attribute__((noinline)) unsigned g312(unsigned x) { return g313(x * 1u + 312); }
__attribute__((noinline)) unsigned g313(unsigned x) { return g314(x * 3u + 313); }
__attribute__((noinline)) unsigned g314(unsigned x) { return g315(x * 5u + 314); }
__attribute__((noinline)) unsigned g315(unsigned x) { return g316(x * 7u + 315); }
__attribute__((noinline)) unsigned g316(unsigned x) { return g317(x * 9u + 316); }
__attribute__((noinline)) unsigned g317(unsigned x) { return g318(x * 11u + 317); }
__attribute__((noinline)) unsigned g318(unsigned x) { return g319(x * 13u + 318); }
__attribute__((noinline)) unsigned g319(unsigned x) { return g320(x * 15u + 319); }
__attribute__((noinline)) unsigned g320(unsigned x) { return g321(x * 17u + 320); }
__attribute__((noinline)) unsigned g321(unsigned x) { return g322(x * 19u + 321); }
__attribute__((noinline)) unsigned g322(unsigned x) { return g323(x * 21u + 322); }
__attribute__((noinline)) unsigned g323(unsigned x) { return g324(x * 23u + 323); }
__attribute__((noinline)) unsigned g324(unsigned x) { return g325(x * 25u + 324); }
__attribute__((noinline)) unsigned g325(unsigned x) { return g326(x * 1u + 325); }
__attribute__((noinline)) unsigned g326(unsigned x) { return g327(x * 3u + 326); }
__attribute__((noinline)) unsigned g327(unsigned x) { return g328(x * 5u + 327); }
__attribute__((noinline)) unsigned g328(unsigned x) { return g329(x * 7u + 328); }
__attribute__((noinline)) unsigned g329(unsigned x) { return g330(x * 9u + 329); }
__attribute__((noinline)) unsigned g330(unsigned x) { return g331(x * 11u + 330); }
__attribute__((noinline)) unsigned g331(unsigned x) { return g332(x * 13u + 331); }
__attribute__((noinline)) unsigned g332(unsigned x) { return g333(x * 15u + 332); }
__attribute__((noinline)) unsigned g333(unsigned x) { return g334(x * 17u + 333); }
__attribute__((noinline)) unsigned g334(unsigned x) { return g335(x * 19u + 334); }
__attribute__((noinline)) unsigned g335(unsigned x) { return g336(x * 21u + 335); }
__attribute__((noinline)) unsigned g336(unsigned x) { return g337(x * 23u + 336); }
__attribute__((noinline)) unsigned g337(unsigned x) { return g338(x * 25u + 337); }
__attribute__((noinline)) unsigned g338(unsigned x) { return g339(x * 1u + 338); }
__attribute__((noinline)) unsigned g339(unsigned x) { return g340(x * 3u + 339); }
__attribute__((noinline)) unsigned g340(unsigned x) { return g341(x * 5u + 340); }
__attribute__((noinline)) unsigned g341(unsigned x) { return g342(x * 7u + 341); }
__attribute__((noinline)) unsigned g342(unsigned x) { return g343(x * 9u + 342); }
__attribute__((noinline)) unsigned g343(unsigned x) { return g344(x * 11u + 343); }
__attribute__((noinline)) unsigned g344(unsigned x) { return g345(x * 13u + 344); }
__attribute__((noinline)) unsigned g345(unsigned x) { return g346(x * 15u + 345); }
__attribute__((noinline)) unsigned g346(unsigned x) { return g347(x * 17u + 346); }
__attribute__((noinline)) unsigned g347(unsigned x) { return g348(x * 19u + 347); }
__attribute__((noinline)) unsigned g348(unsigned x) { return g349(x * 21u + 348); }
__attribute__((noinline)) unsigned g349(unsigned x) { return x ^ 349; }
__attribute__((noinline)) unsigned g350(unsigned x) { return g351(x * 25u + 350); }
__attribute__((noinline)) unsigned g351(unsigned x) { return g352(x * 1u + 351); }
__attribute__((noinline)) unsigned g352(unsigned x) { return g353(x * 3u + 352); }
__attribute__((noinline)) unsigned g353(unsigned x) { return g354(x * 5u + 353); }
__attribute__((noinline)) unsigned g354(unsigned x) { return g355(x * 7u + 354); }
__attribute__((noinline)) unsigned g355(unsigned x) { return g356(x * 9u + 355); }
__attribute__((noinline)) unsigned g356(unsigned x) { return g357(x * 11u + 356); }
__attribute__((noinline)) unsigned g357(unsigned x) { return g358(x * 13u + 357); }
__attribute__((noinline)) unsigned g358(unsigned x) { return g359(x * 15u + 358); }
__attribute__((noinline)) unsigned g359(unsigned x) { return g360(x * 17u + 359); }
__attribute__((noinline)) unsigned g360(unsigned x) { return g361(x * 19u + 360); }
__attribute__((noinline)) unsigned g361(unsigned x) { return g362(x * 21u + 361); }
__attribute__((noinline)) unsigned g362(unsigned x) { return g363(x * 23u + 362); }
__attribute__((noinline)) unsigned g363(unsigned x) { return g364(x * 25u + 363); }
__attribute__((noinline)) unsigned g364(unsigned x) { return g365(x * 1u + 364); }
__attribute__((noinline)) unsigned g365(unsigned x) { return g366(x * 3u + 365); }
__attribute__((noinline)) unsigned g366(unsigned x) { return g367(x * 5u + 366); }
__attribute__((noinline)) unsigned g367(unsigned x) { return g368(x * 7u + 367); }
__attribute__((noinline)) unsigned g368(unsigned x) { return g369(x * 9u + 368); }
__attribute__((noinline)) unsigned g369(unsigned x) { return g370(x * 11u + 369); }
__attribute__((noinline)) unsigned g370(unsigned x) { return g371(x * 13u + 370); }
__attribute__((noinline)) unsigned g371(unsigned x) { return g372(x * 15u + 371); }
__attribute__((noinline)) unsigned g372(unsigned x) { return g373(x * 17u + 372); }
__attribute__((noinline)) unsigned g373(unsigned x) { return g374(x * 19u + 373); }
__attribute__((noinline)) unsigned g374(unsigned x) { return g375(x * 21u + 374); }
__attribute__((noinline)) unsigned g375(unsigned x) { return g376(x * 23u + 375); }
__attribute__((noinline)) unsigned g376(unsigned x) { return g377(x * 25u + 376); }
__attribute__((noinline)) unsigned g377(unsigned x) { return g378(x * 1u + 377); }
__attribute__((noinline)) unsigned g378(unsigned x) { return g379(x * 3u + 378); }
__attribute__((noinline)) unsigned g379(unsigned x) { return g380(x * 5u + 379); }
__attribute__((noinline)) unsigned g380(unsigned x) { return g381(x * 7u + 380); }
__attribute__((noinline)) unsigned g381(unsigned x) { return g382(x * 9u + 381); }
__attribute__((noinline)) unsigned g382(unsigned x) { return g383(x * 11u + 382); }
__attribute__((noinline)) unsigned g383(unsigned x) { return g384(x * 13u + 383); }
__attribute__((noinline)) unsigned g384(unsigned x) { return g385(x * 15u + 384); }
__attribute__((noinline)) unsigned g385(unsigned x) { return g386(x * 17u + 385); }
__attribute__((noinline)) unsigned g386(unsigned x) { return g387(x * 19u + 386); }
__attribute__((noinline)) unsigned g387(unsigned x) { return g388(x * 21u + 387); }
__attribute__((noinline)) unsigned g388(unsigned x) { return g389(x * 23u + 388); }
__attribute__((noinline)) unsigned g389(unsigned x) { return g390(x * 25u + 389); }
__attribute__((noinline)) unsigned g390(unsigned x) { return g391(x * 1u + 390); }
__attribute__((noinline)) unsigned g391(unsigned x) { return g392(x * 3u + 391); }
__attribute__((noinline)) unsigned g392(unsigned x) { return g393(x * 5u + 392); }
__attribute__((noinline)) unsigned g393(unsigned x) { return g394(x * 7u + 393); }
__attribute__((noinline)) unsigned g394(unsigned x) { return g395(x * 9u + 394); }
__attribute__((noinline)) unsigned g395(unsigned x) { return g396(x * 11u + 395); }
__attribute__((noinline)) unsigned g396(unsigned x) { return g397(x * 13u + 396); }
__attribute__((noinline)) unsigned g397(unsigned x) { return g398(x * 15u + 397); }
__attribute__((noinline)) unsigned g398(unsigned x) { return g399(x * 17u + 398); }
__attribute__((noinline)) unsigned g399(unsigned x) { return x ^ 399; }
__attribute__((noinline)) unsigned g400(unsigned x) { return g401(x * 21u + 400); }
__attribute__((noinline)) unsigned g401(unsigned x) { return g402(x * 23u + 401); }
__attribute__((noinline)) unsigned g402(unsigned x) { return g403(x * 25u + 402); }
__attribute__((noinline)) unsigned g403(unsigned x) { return g404(x * 1u + 403); }
__attribute__((noinline)) unsigned g404(unsigned x) { return g405(x * 3u + 404); }
__attribute__((noinline)) unsigned g405(unsigned x) { return g406(x * 5u + 405); }
__attribute__((noinline)) unsigned g406(unsigned x) { return g407(x * 7u + 406); }
__attribute__((noinline)) unsigned g407(unsigned x) { return g408(x * 9u + 407); }
__attribute__((noinline)) unsigned g408(unsigned x) { return g409(x * 11u + 408); }
__attribute__((noinline)) unsigned g409(unsigned x) { return g410(x * 13u + 409); }
__attribute__((noinline)) unsigned g410(unsigned x) { return g411(x * 15u + 410); }
__attribute__((noinline)) unsigned g411(unsigned x) { return g412(x * 17u + 411); }
__attribute__((noinline)) unsigned g412(unsigned x) { return g413(x * 19u + 412); }
__attribute__((noinline)) unsigned g413(unsigned x) { return g414(x * 21u + 413); }
__attribute__((noinline)) unsigned g414(unsigned x) { return g415(x * 23u + 414); }
__attribute__((noinline)) unsigned g415(unsigned x) { return g416(x * 25u + 415); }
__attribute__((noinline)) unsigned g416(unsigned x) { return g417(x * 1u + 416); }
__attribute__((noinline)) unsigned g417(unsigned x) { return g418(x * 3u + 417); }
__attribute__((noinline)) unsigned g418(unsigned x) { return g419(x * 5u + 418); }
__attribute__((noinline)) unsigned g419(unsigned x) { return g420(x * 7u + 419); }
__attribute__((noinline)) unsigned g420(unsigned x) { return g421(x * 9u + 420); }
__attribute__((noinline)) unsigned g421(unsigned x) { return g422(x * 11u + 421); }
__attribute__((noinline)) unsigned g422(unsigned x) { return g423(x * 13u + 422); }
__attribute__((noinline)) unsigned g423(unsigned x) { return g424(x * 15u + 423); }
__attribute__((noinline)) unsigned g424(unsigned x) { return g425(x * 17u + 424); }
__attribute__((noinline)) unsigned g425(unsigned x) { return g426(x * 19u + 425); }
__attribute__((noinline)) unsigned g426(unsigned x) { return g427(x * 21u + 426); }
__attribute__((noinline)) unsigned g427(unsigned x) { return g428(x * 23u + 427); }
__attribute__((noinline)) unsigned g428(unsigned x) { return g429(x * 25u + 428); }
__attribute__((noinline)) unsigned g429(unsigned x) { return g430(x * 1u + 429); }
__attribute__((noinline)) unsigned g430(unsigned x) { return g431(x * 3u + 430); }
__attribute__((noinline)) unsigned g431(unsigned x) { return g432(x * 5u + 431); }
__attribute__((noinline)) unsigned g432(unsigned x) { return g433(x * 7u + 432); }
__attribute__((noinline)) unsigned g433(unsigned x) { return g434(x * 9u + 433); }
__attribute__((noinline)) unsigned g434(unsigned x) { return g435(x * 11u + 434); }
__attribute__((noinline)) unsigned g435(unsigned x) { return g436(x * 13u + 435); }
__attribute__((noinline)) unsigned g436(unsigned x) { return g437(x * 15u + 436); }
__attribute__((noinline)) unsigned g437(unsigned x) { return g438(x * 17u + 437); }
__attribute__((noinline)) unsigned g438(unsigned x) { return g439(x * 19u + 438); }
__attribute__((noinline)) unsigned g439(unsigned x) { return g440(x * 21u + 439); }
__attribute__((noinline)) unsigned g440(unsigned x) { return g441(x * 23u + 440); }
__attribute__((noinline)) unsigned g441(unsigned x) { return g442(x * 25u + 441); }
__attribute__((noinline)) unsigned g442(unsigned x) { return g443(x * 1u + 442); }
__attribute__((noinline)) unsigned g443(unsigned x) { return g444(x * 3u + 443); }
__attribute__((noinline)) unsigned g444(unsigned x) { return g445(x * 5u + 444); }
__attribute__((noinline)) unsigned g445(unsigned x) { return g446(x * 7u + 445); }
__attribute__((noinline)) unsigned g446(unsigned x) { return g447(x * 9u + 446); }
__attribute__((noinline)) unsigned g447(unsigned x) { return g448(x * 11u + 447); }
__attribute__((noinline)) unsigned g448(unsigned x) { return g449(x * 13u + 448); }
__attribute__((noinline)) unsigned g449(unsigned x) { return x ^ 449; }
__attribute__((noinline)) unsigned g450(unsigned x) { return g451(x * 17u + 450); }
__attribute__((noinline)) unsigned g451(unsigned x) { return g452(x * 19u + 451); }
__attribute__((noinline)) unsigned g452(unsigned x) { return g453(x * 21u + 452); }
__attribute__((noinline)) unsigned g453(unsigned x) { return g454(x * 23u + 453); }
__attribute__((noinline)) unsigned g454(unsigned x) { return g455(x * 25u + 454); }
__attribute__((noinline)) unsigned g455(unsigned x) { return g456(x * 1u + 455); }
__attribute__((noinline)) unsigned g456(unsigned x) { return g457(x * 3u + 456); }
__attribute__((noinline)) unsigned g457(unsigned x) { return g458(x * 5u + 457); }
__attribute__((noinline)) unsigned g458(unsigned x) { return g459(x * 7u + 458); }
__attribute__((noinline)) unsigned g459(unsigned x) { return g460(x * 9u + 459); }
__attribute__((noinline)) unsigned g460(unsigned x) { return g461(x * 11u + 460); }
__attribute__((noinline)) unsigned g461(unsigned x) { return g462(x * 13u + 461); }
__attribute__((noinline)) unsigned g462(unsigned x) { return g463(x * 15u + 462); }
__attribute__((noinline)) unsigned g463(unsigned x) { return g464(x * 17u + 463); }
__attribute__((noinline)) unsigned g464(unsigned x) { return g465(x * 19u + 464); }
__attribute__((noinline)) unsigned g465(unsigned x) { return g466(x * 21u + 465); }
__attribute__((noinline)) unsigned g466(unsigned x) { return g467(x * 23u + 466); }
__attribute__((noinline)) unsigned g467(unsigned x) { return g468(x * 25u + 467); }
__attribute__((noinline)) unsigned g468(unsigned x) { return g469(x * 1u + 468); }
__attribute__((noinline)) unsigned g469(unsigned x) { return g470(x * 3u + 469); }
__attribute__((noinline)) unsigned g470(unsigned x) { return g471(x * 5u + 470); }
__attribute__((noinline)) unsigned g471(unsigned x) { return g472(x * 7u + 471); }
__attribute__((noinline)) unsigned g472(unsigned x) { return g473(x * 9u + 472); }
__attribute__((noinline)) unsigned g473(unsigned x) { return g474(x * 11u + 473); }
__attribute__((noinline)) unsigned g474(unsigned x) { return g475(x * 13u + 474); }
__attribute__((noinline)) unsigned g475(unsigned x) { return g476(x * 15u + 475); }
__attribute__((noinline)) unsigned g476(unsigned x) { return g477(x * 17u + 476); }
__attribute__((noinline)) unsigned g477(unsigned x) { return g478(x * 19u + 477); }
__attribute__((noinline)) unsigned g478(unsigned x) { return g479(x * 21u + 478); }
__attribute__((noinline)) unsigned g479(unsigned x) { return g480(x * 23u + 479); }
__attribute__((noinline)) unsigned g480(unsigned x) { return g481(x * 25u + 480); }
__attribute__((noinline)) unsigned g481(unsigned x) { return g482(x * 1u + 481); }
__attribute__((noinline)) unsigned g482(unsigned x) { return g483(x * 3u + 482); }
__attribute__((noinline)) unsigned g483(unsigned x) { return g484(x * 5u + 483); }
__attribute__((noinline)) unsigned g484(unsigned x) { return g485(x * 7u + 484); }
__attribute__((noinline)) unsigned g485(unsigned x) { return g486(x * 9u + 485); }
__attribute__((noinline)) unsigned g486(unsigned x) { return g487(x * 11u + 486); }
__attribute__((noinline)) unsigned g487(unsigned x) { return g488(x * 13u + 487); }
__attribute__((noinline)) unsigned g488(unsigned x) { return g489(x * 15u + 488); }
__attribute__((noinline)) unsigned g489(unsigned x) { return g490(x * 17u + 489); }
__attribute__((noinline)) unsigned g490(unsigned x) { return g491(x * 19u + 490); }
__attribute__((noinline)) unsigned g491(unsigned x) { return g492(x * 21u + 491); }
__attribute__((noinline)) unsigned g492(unsigned x) { return g493(x * 23u + 492); }
__attribute__((noinline)) unsigned g493(unsigned x) { return g494(x * 25u + 493); }
__attribute__((noinline)) unsigned g494(unsigned x) { return g495(x * 1u + 494); }
__attribute__((noinline)) unsigned g495(unsigned x) { return g496(x * 3u + 495); }
__attribute__((noinline)) unsigned g496(unsigned x) { return g497(x * 5u + 496); }
__attribute__((noinline)) unsigned g497(unsigned x) { return g498(x * 7u + 497); }
__attribute__((noinline)) unsigned g498(unsigned x) { return g499(x * 9u + 498); }
__attribute__((noinline)) unsigned g499(unsigned x) { return x ^ 499; }
__attribute__((noinline)) unsigned g500(unsigned x) { return g501(x * 13u + 500); }
__attribute__((noinline)) unsigned g501(unsigned x) { return g502(x * 15u + 501); }
__attribute__((noinline)) unsigned g502(unsigned x) { return g503(x * 17u + 502); }
__attribute__((noinline)) unsigned g503(unsigned x) { return g504(x * 19u + 503); }
__attribute__((noinline)) unsigned g504(unsigned x) { return g505(x * 21u + 504); }
__attribute__((noinline)) unsigned g505(unsigned x) { return g506(x * 23u + 505); }
__attribute__((noinline)) unsigned g506(unsigned x) { return g507(x * 25u + 506); }
__attribute__((noinline)) unsigned g507(unsigned x) { return g508(x * 1u + 507); }
__attribute__((noinline)) unsigned g508(unsigned x) { return g509(x * 3u + 508); }
__attribute__((noinline)) unsigned g509(unsigned x) { return g510(x * 5u + 509); }
__attribute__((noinline)) unsigned g510(unsigned x) { return g511(x * 7u + 510); }
__attribute__((noinline)) unsigned g511(unsigned x) { return g512(x * 9u + 511); }
__attribute__((noinline)) unsigned g512(unsigned x) { return g513(x * 11u + 512); }
__attribute__((noinline)) unsigned g513(unsigned x) { return g514(x * 13u + 513); }
__attribute__((noinline)) unsigned g514(unsigned x) { return g515(x * 15u + 514); }
__attribute__((noinline)) unsigned g515(unsigned x) { return g516(x * 17u + 515); }
__attribute__((noinline)) unsigned g516(unsigned x) { return g517(x * 19u + 516); }
__attribute__((noinline)) unsigned g517(unsigned x) { return g518(x * 21u + 517); }
__attribute__((noinline)) unsigned g518(unsigned x) { return g519(x * 23u + 518); }
__attribute__((noinline)) unsigned g519(unsigned x) { return g520(x * 25u + 519); }
__attribute__((noinline)) unsigned g520(unsigned x) { return g521(x * 1u + 520); }
__attribute__((noinline)) unsigned g521(unsigned x) { return g522(x * 3u + 521); }
__attribute__((noinline)) unsigned g522(unsigned x) { return g523(x * 5u + 522); }
__attribute__((noinline)) unsigned g523(unsigned x) { return g524(x * 7u + 523); }
__attribute__((noinline)) unsigned g524(unsigned x) { return g525(x * 9u + 524); }
__attribute__((noinline)) unsigned g525(unsigned x) { return g526(x * 11u + 525); }
__attribute__((noinline)) unsigned g526(unsigned x) { return g527(x * 13u + 526); }
__attribute__((noinline)) unsigned g527(unsigned x) { return g528(x * 15u + 527); }
__attribute__((noinline)) unsigned g528(unsigned x) { return g529(x * 17u + 528); }
__attribute__((noinline)) unsigned g529(unsigned x) { return g530(x * 19u + 529); }
__attribute__((noinline)) unsigned g530(unsigned x) { return g531(x * 21u + 530); }
__attribute__((noinline)) unsigned g531(unsigned x) { return g532(x * 23u + 531); }
__attribute__((noinline)) unsigned g532(unsigned x) { return g533(x * 25u + 532); }
__attribute__((noinline)) unsigned g533(unsigned x) { return g534(x * 1u + 533); }
__attribute__((noinline)) unsigned g534(unsigned x) { return g535(x * 3u + 534); }
__attribute__((noinline)) unsigned g535(unsigned x) { return g536(x * 5u + 535); }
__attribute__((noinline)) unsigned g536(unsigned x) { return g537(x * 7u + 536); }
__attribute__((noinline)) unsigned g537(unsigned x) { return g538(x * 9u + 537); }
__attribute__((noinline)) unsigned g538(unsigned x) { return g539(x * 11u + 538); }
__attribute__((noinline)) unsigned g539(unsigned x) { return g540(x * 13u + 539); }
__attribute__((noinline)) unsigned g540(unsigned x) { return g541(x * 15u + 540); }
__attribute__((noinline)) unsigned g541(unsigned x) { return g542(x * 17u + 541); }
__attribute__((noinline)) unsigned g542(unsigned x) { return g543(x * 19u + 542); }
__attribute__((noinline)) unsigned g543(unsigned x) { return g544(x * 21u + 543); }
__attribute__((noinline)) unsigned g544(unsigned x) { return g545(x * 23u + 544); }
__attribute__((noinline)) unsigned g545(unsigned x) { return g546(x * 25u + 545); }
__attribute__((noinline)) unsigned g546(unsigned x) { return g547(x * 1u + 546); }
__attribute__((noinline)) unsigned g547(unsigned x) { return g548(x * 3u + 547); }
__attribute__((noinline)) unsigned g548(unsigned x) { return g549(x * 5u + 548); }
__attribute__((noinline)) unsigned g549(unsigned x) { return x ^ 549; }
__attribute__((noinline)) unsigned g550(unsigned x) { return g551(x * 9u + 550); }
__attribute__((noinline)) unsigned g551(unsigned x) { return g552(x * 11u + 551); }
__attribute__((noinline)) unsigned g552(unsigned x) { return g553(x * 13u + 552); }
__attribute__((noinline)) unsigned g553(unsigned x) { return g554(x * 15u + 553); }
__attribute__((noinline)) unsigned g554(unsigned x) { return g555(x * 17u + 554); }
__attribute__((noinline)) unsigned g555(unsigned x) { return g556(x * 19u + 555); }
__attribute__((noinline)) unsigned g556(unsigned x) { return g557(x * 21u + 556); }
__attribute__((noinline)) unsigned g557(unsigned x) { return g558(x * 23u + 557); }
__attribute__((noinline)) unsigned g558(unsigned x) { return g559(x * 25u + 558); }
__attribute__((noinline)) unsigned g559(unsigned x) { return g560(x * 1u + 559); }
__attribute__((noinline)) unsigned g560(unsigned x) { return g561(x * 3u + 560); }
__attribute__((noinline)) unsigned g561(unsigned x) { return g562(x * 5u + 561); }
__attribute__((noinline)) unsigned g562(unsigned x) { return g563(x * 7u + 562); }
__attribute__((noinline)) unsigned g563(unsigned x) { return g564(x * 9u + 563); }
__attribute__((noinline)) unsigned g564(unsigned x) { return g565(x * 11u + 564); }
__attribute__((noinline)) unsigned g565(unsigned x) { return g566(x * 13u + 565); }
__attribute__((noinline)) unsigned g566(unsigned x) { return g567(x * 15u + 566); }
__attribute__((noinline)) unsigned g567(unsigned x) { return g568(x * 17u + 567); }
__attribute__((noinline)) unsigned g568(unsigned x) { return g569(x * 19u + 568); }
__attribute__((noinline)) unsigned g569(unsigned x) { return g570(x * 21u + 569); }
__attribute__((noinline)) unsigned g570(unsigned x) { return g571(x * 23u + 570); }
__attribute__((noinline)) unsigned g571(unsigned x) { return g572(x * 25u + 571); }
__attribute__((noinline)) unsigned g572(unsigned x) { return g573(x * 1u + 572); }
__attribute__((noinline)) unsigned g573(unsigned x) { return g574(x * 3u + 573); }
__attribute__((noinline)) unsigned g574(unsigned x) { return g575(x * 5u + 574); }
__attribute__((noinline)) unsigned g575(unsigned x) { return g576(x * 7u + 575); }
__attribute__((noinline)) unsigned g576(unsigned x) { return g577(x * 9u + 576); }
__attribute__((noinline)) unsigned g577(unsigned x) { return g578(x * 11u + 577); }
__attribute__((noinline)) unsigned g578(unsigned x) { return g579(x * 13u + 578); }
__attribute__((noinline)) unsigned g579(unsigned x) { return g580(x * 15u + 579); }
__attribute__((noinline)) unsigned g580(unsigned x) { return g581(x * 17u + 580); }
__attribute__((noinline)) unsigned g581(unsigned x) { return g582(x * 19u + 581); }
__attribute__((noinline)) unsigned g582(unsigned x) { return g583(x * 21u + 582); }
__attribute__((noinline)) unsigned g583(unsigned x) { return g584(x * 23u + 583); }
__attribute__((noinline)) unsigned g584(unsigned x) { return g585(x * 25u + 584); }
__attribute__((noinline)) unsigned g585(unsigned x) { return g586(x * 1u + 585); }
__attribute__((noinline)) unsigned g586(unsigned x) { return g587(x * 3u + 586); }
__attribute__((noinline)) unsigned g587(unsigned x) { return g588(x * 5u + 587); }
__attribute__((noinline)) unsigned g588(unsigned x) { return g589(x * 7u + 588); }
__attribute__((noinline)) unsigned g589(unsigned x) { return g590(x * 9u + 589); }
__attribute__((noinline)) unsigned g590(unsigned x) { return g591(x * 11u + 590); }
__attribute__((noinline)) unsigned g591(unsigned x) { return g592(x * 13u + 591); }
__attribute__((noinline)) unsigned g592(unsigned x) { return g593(x * 15u + 592); }
__attribute__((noinline)) unsigned g593(unsigned x) { return g594(x * 17u + 593); }
__attribute__((noinline)) unsigned g594(unsigned x) { return g595(x * 19u + 594); }
__attribute__((noinline)) unsigned g595(unsigned x) { return g596(x * 21u + 595); }
__attribute__((noinline)) unsigned g596(unsigned x) { return g597(x * 23u + 596); }
__attribute__((noinline)) unsigned g597(unsigned x) { return g598(x * 25u + 597); }
__attribute__((noinline)) unsigned g598(unsigned x) { return g599(x * 1u + 598); }
__attribute__((noinline)) unsigned g599(unsigned x) { return x ^ 599; }
__attribute__((noinline)) unsigned g600(unsigned x) { return g601(x * 5u + 600); }
__attribute__((noinline)) unsigned g601(unsigned x) { return g602(x * 7u + 601); }
__attribute__((noinline)) unsigned g602(unsigned x) { return g603(x * 9u + 602); }
__attribute__((noinline)) unsigned g603(unsigned x) { return g604(x * 11u + 603); }
__attribute__((noinline)) unsigned g604(unsigned x) { return g605(x * 13u + 604); }
__attribute__((noinline)) unsigned g605(unsigned x) { return g606(x * 15u + 605); }
__attribute__((noinline)) unsigned g606(unsigned x) { return g607(x * 17u + 606); }
__attribute__((noinline)) unsigned g607(unsigned x) { return g608(x * 19u + 607); }
__attribute__((noinline)) unsigned g608(unsigned x) { return g609(x * 21u + 608); }
__attribute__((noinline)) unsigned g609(unsigned x) { return g610(x * 23u + 609); }
__attribute__((noinline)) unsigned g610(unsigned x) { return g611(x * 25u + 610); }
__attribute__((noinline)) unsigned g611(unsigned x) { return g612(x * 1u + 611); }
__attribute__((noinline)) unsigned g612(unsigned x) { return g613(x * 3u + 612); }
__attribute__((noinline)) unsigned g613(unsigned x) { return g614(x * 5u + 613); }
__attribute__((noinline)) unsigned g614(unsigned x) { return g615(x * 7u + 614); }
__attribute__((noinline)) unsigned g615(unsigned x) { return g616(x * 9u + 615); }
__attribute__((noinline)) unsigned g616(unsigned x) { return g617(x * 11u + 616); }
__attribute__((noinline)) unsigned g617(unsigned x) { return g618(x * 13u + 617); }
__attribute__((noinline)) unsigned g618(unsigned x) { return g619(x * 15u + 618); }
__attribute__((noinline)) unsigned g619(unsigned x) { return g620(x * 17u + 619); }
__attribute__((noinline)) unsigned g620(unsigned x) { return g621(x * 19u + 620); }
__attribute__((noinline)) unsigned g621(unsigned x) { return g622(x * 21u + 621); }
__attribute__((noinline)) unsigned g622(unsigned x) { return g623(x * 23u + 622); }
__attribute__((noinline)) unsigned g623(unsigned x) { return g624(x * 25u + 623); }
__attribute__((noinline)) unsigned g624(unsigned x) { return g625(x * 1u + 624); }
__attribute__((noinline)) unsigned g625(unsigned x) { return g626(x * 3u + 625); }
__attribute__((noinline)) unsigned g626(unsigned x) { return g627(x * 5u + 626); }
__attribute__((noinline)) unsigned g627(unsigned x) { return g628(x * 7u + 627); }
__attribute__((noinline)) unsigned g628(unsigned x) { return g629(x * 9u + 628); }
__attribute__((noinline)) unsigned g629(unsigned x) { return g630(x * 11u + 629); }
__attribute__((noinline)) unsigned g630(unsigned x) { return g631(x * 13u + 630); }
__attribute__((noinline)) unsigned g631(unsigned x) { return g632(x * 15u + 631); }
__attribute__((noinline)) unsigned g632(unsigned x) { return g633(x * 17u + 632); }
__attribute__((noinline)) unsigned g633(unsigned x) { return g634(x * 19u + 633); }
__attribute__((noinline)) unsigned g634(unsigned x) { return g635(x * 21u + 634); }
__attribute__((noinline)) unsigned g635(unsigned x) { return g636(x * 23u + 635); }
__attribute__((noinline)) unsigned g636(unsigned x) { return g637(x * 25u + 636); }
__attribute__((noinline)) unsigned g637(unsigned x) { return g638(x * 1u + 637); }
__attribute__((noinline)) unsigned g638(unsigned x) { return g639(x * 3u + 638); }
__attribute__((noinline)) unsigned g639(unsigned x) { return g640(x * 5u + 639); }
__attribute__((noinline)) unsigned g640(unsigned x) { return g641(x * 7u + 640); }
__attribute__((noinline)) unsigned g641(unsigned x) { return g642(x * 9u + 641); }
__attribute__((noinline)) unsigned g642(unsigned x) { return g643(x * 11u + 642); }
__attribute__((noinline)) unsigned g643(unsigned x) { return g644(x * 13u + 643); }
__attribute__((noinline)) unsigned g644(unsigned x) { return g645(x * 15u + 644); }
__attribute__((noinline)) unsigned g645(unsigned x) { return g646(x * 17u + 645); }
__attribute__((noinline)) unsigned g646(unsigned x) { return g647(x * 19u + 646); }
__attribute__((noinline)) unsigned g647(unsigned x) { return g648(x * 21u + 647); }
__attribute__((noinline)) unsigned g648(unsigned x) { return g649(x * 23u + 648); }
__attribute__((noinline)) unsigned g649(unsigned x) { return x ^ 649; }
__attribute__((noinline)) unsigned g650(unsigned x) { return g651(x * 1u + 650); }
__attribute__((noinline)) unsigned g651(unsigned x) { return g652(x * 3u + 651); }
__attribute__((noinline)) unsigned g652(unsigned x) { return g653(x * 5u + 652); }
__attribute__((noinline)) unsigned g653(unsigned x) { return g654(x * 7u + 653); }
__attribute__((noinline)) unsigned g654(unsigned x) { return g655(x * 9u + 654); }
__attribute__((noinline)) unsigned g655(unsigned x) { return g656(x * 11u + 655); }
__attribute__((noinline)) unsigned g656(unsigned x) { return g657(x * 13u + 656); }
__attribute__((noinline)) unsigned g657(unsigned x) { return g658(x * 15u + 657); }
__attribute__((noinline)) unsigned g658(unsigned x) { return g659(x * 17u + 658); }
__attribute__((noinline)) unsigned g659(unsigned x) { return g660(x * 19u + 659); }
__attribute__((noinline)) unsigned g660(unsigned x) { return g661(x * 21u + 660); }
__attribute__((noinline)) unsigned g661(unsigned x) { return g662(x * 23u + 661); }
__attribute__((noinline)) unsigned g662(unsigned x) { return g663(x * 25u + 662); }
__attribute__((noinline)) unsigned g663(unsigned x) { return g664(x * 1u + 663); }
__attribute__((noinline)) unsigned g664(unsigned x) { return g665(x * 3u + 664); }
__attribute__((noinline)) unsigned g665(unsigned x) { return g666(x * 5u + 665); }
__attribute__((noinline)) unsigned g666(unsigned x) { return g667(x * 7u + 666); }
__attribute__((noinline)) unsigned g667(unsigned x) { return g668(x * 9u + 667); }
__attribute__((noinline)) unsigned g668(unsigned x) { return g669(x * 11u + 668); }
__attribute__((noinline)) unsigned g669(unsigned x) { return g670(x * 13u + 669); }
__attribute__((noinline)) unsigned g670(unsigned x) { return g671(x * 15u + 670); }
__attribute__((noinline)) unsigned g671(unsigned x) { return g672(x * 17u + 671); }
__attribute__((noinline)) unsigned g672(unsigned x) { return g673(x * 19u + 672); }
__attribute__((noinline)) unsigned g673(unsigned x) { return g674(x * 21u + 673); }
__attribute__((noinline)) unsigned g674(unsigned x) { return g675(x * 23u + 674); }
__attribute__((noinline)) unsigned g675(unsigned x) { return g676(x * 25u + 675); }
__attribute__((noinline)) unsigned g676(unsigned x) { return g677(x * 1u + 676); }
__attribute__((noinline)) unsigned g677(unsigned x) { return g678(x * 3u + 677); }
__attribute__((noinline)) unsigned g678(unsigned x) { return g679(x * 5u + 678); }
__attribute__((noinline)) unsigned g679(unsigned x) { return g680(x * 7u + 679); }
__attribute__((noinline)) unsigned g680(unsigned x) { return g681(x * 9u + 680); }
__attribute__((noinline)) unsigned g681(unsigned x) { return g682(x * 11u + 681); }
__attribute__((noinline)) unsigned g682(unsigned x) { return g683(x * 13u + 682); }
__attribute__((noinline)) unsigned g683(unsigned x) { return g684(x * 15u + 683); }
__attribute__((noinline)) unsigned g684(unsigned x) { return g685(x * 17u + 684); }
__attribute__((noinline)) unsigned g685(unsigned x) { return g686(x * 19u + 685); }
__attribute__((noinline)) unsigned g686(unsigned x) { return g687(x * 21u + 686); }
__attribute__((noinline)) unsigned g687(unsigned x) { return g688(x * 23u + 687); }
__attribute__((noinline)) unsigned g688(unsigned x) { return g689(x * 25u + 688); }
__attribute__((noinline)) unsigned g689(unsigned x) { return g690(x * 1u + 689); }
__attribute__((noinline)) unsigned g690(unsigned x) { return g691(x * 3u + 690); }
__attribute__((noinline)) unsigned g691(unsigned x) { return g692(x * 5u + 691); }
__attribute__((noinline)) unsigned g692(unsigned x) { return g693(x * 7u + 692); }
__attribute__((noinline)) unsigned g693(unsigned x) { return g694(x * 9u + 693); }
__attribute__((noinline)) unsigned g694(unsigned x) { return g695(x * 11u + 694); }
__attribute__((noinline)) unsigned g695(unsigned x) { return g696(x * 13u + 695); }
__attribute__((noinline)) unsigned g696(unsigned x) { return g697(x * 15u + 696); }
__attribute__((noinline)) unsigned g697(unsigned x) { return g698(x * 17u + 697); }
__attribute__((noinline)) unsigned g698(unsigned x) { return g699(x * 19u + 698); }
__attribute__((noinline)) unsigned g699(unsigned x) { return x ^ 699; }
__attribute__((noinline)) unsigned g700(unsigned x) { return g701(x * 23u + 700); }
__attribute__((noinline)) unsigned g701(unsigned x) { return g702(x * 25u + 701); }
__attribute__((noinline)) unsigned g702(unsigned x) { return g703(x * 1u + 702); }
__attribute__((noinline)) unsigned g703(unsigned x) { return g704(x * 3u + 703); }
__attribute__((noinline)) unsigned g704(unsigned x) { return g705(x * 5u + 704); }
__attribute__((noinline)) unsigned g705(unsigned x) { return g706(x * 7u + 705); }
__attribute__((noinline)) unsigned g706(unsigned x) { return g707(x * 9u + 706); }
__attribute__((noinline)) unsigned g707(unsigned x) { return g708(x * 11u + 707); }
__attribute__((noinline)) unsigned g708(unsigned x) { return g709(x * 13u + 708); }
__attribute__((noinline)) unsigned g709(unsigned x) { return g710(x * 15u + 709); }
__attribute__((noinline)) unsigned g710(unsigned x) { return g711(x * 17u + 710); }
__attribute__((noinline)) unsigned g711(unsigned x) { return g712(x * 19u + 711); }
__attribute__((noinline)) unsigned g712(unsigned x) { return g713(x * 21u + 712); }
__attribute__((noinline)) unsigned g713(unsigned x) { return g714(x * 23u + 713); }
__attribute__((noinline)) unsigned g714(unsigned x) { return g715(x * 25u + 714); }
__attribute__((noinline)) unsigned g715(unsigned x) { return g716(x * 1u + 715); }
__attribute__((noinline)) unsigned g716(unsigned x) { return g717(x * 3u + 716); }
__attribute__((noinline)) unsigned g717(unsigned x) { return g718(x * 5u + 717); }
__attribute__((noinline)) unsigned g718(unsigned x) { return g719(x * 7u + 718); }
__attribute__((noinline)) unsigned g719(unsigned x) { return g720(x * 9u + 719); }
__attribute__((noinline)) unsigned g720(unsigned x) { return g721(x * 11u + 720); }
__attribute__((noinline)) unsigned g721(unsigned x) { return g722(x * 13u + 721); }
__attribute__((noinline)) unsigned g722(unsigned x) { return g723(x * 15u + 722); }
__attribute__((noinline)) unsigned g723(unsigned x) { return g724(x * 17u + 723); }
__attribute__((noinline)) unsigned g724(unsigned x) { return g725(x * 19u + 724); }
__attribute__((noinline)) unsigned g725(unsigned x) { return g726(x * 21u + 725); }
__attribute__((noinline)) unsigned g726(unsigned x) { return g727(x * 23u + 726); }
__attribute__((noinline)) unsigned g727(unsigned x) { return g728(x * 25u + 727); }
__attribute__((noinline)) unsigned g728(unsigned x) { return g729(x * 1u + 728); }
__attribute__((noinline)) unsigned g729(unsigned x) { return g730(x * 3u + 729); }
__attribute__((noinline)) unsigned g730(unsigned x) { return g731(x * 5u + 730); }
__attribute__((noinline)) unsigned g731(unsigned x) { return g732(x * 7u + 731); }
__attribute__((noinline)) unsigned g732(unsigned x) { return g733(x * 9u + 732); }
__attribute__((noinline)) unsigned g733(unsigned x) { return g734(x * 11u + 733); }
__attribute__((noinline)) unsigned g734(unsigned x) { return g735(x * 13u + 734); }
__attribute__((noinline)) unsigned g735(unsigned x) { return g736(x * 15u + 735); }
__attribute__((noinline)) unsigned g736(unsigned x) { return g737(x * 17u + 736); }
__attribute__((noinline)) unsigned g737(unsigned x) { return g738(x * 19u + 737); }
__attribute__((noinline)) unsigned g738(unsigned x) { return g739(x * 21u + 738); }
__attribute__((noinline)) unsigned g739(unsigned x) { return g740(x * 23u + 739); }
__attribute__((noinline)) unsigned g740(unsigned x) { return g741(x * 25u + 740); }
__attribute__((noinline)) unsigned g741(unsigned x) { return g742(x * 1u + 741); }
__attribute__((noinline)) unsigned g742(unsigned x) { return g743(x * 3u + 742); }
__attribute__((noinline)) unsigned g743(unsigned x) { return g744(x * 5u + 743); }
__attribute__((noinline)) unsigned g744(unsigned x) { return g745(x * 7u + 744); }
__attribute__((noinline)) unsigned g745(unsigned x) { return g746(x * 9u + 745); }
__attribute__((noinline)) unsigned g746(unsigned x) { return g747(x * 11u + 746); }
__attribute__((noinline)) unsigned g747(unsigned x) { return g748(x * 13u + 747); }
__attribute__((noinline)) unsigned g748(unsigned x) { return g749(x * 15u + 748); }
__attribute__((noinline)) unsigned g749(unsigned x) { return x ^ 749; }
__attribute__((noinline)) unsigned g750(unsigned x) { return g751(x * 19u + 750); }
__attribute__((noinline)) unsigned g751(unsigned x) { return g752(x * 21u + 751); }
__attribute__((noinline)) unsigned g752(unsigned x) { return g753(x * 23u + 752); }
__attribute__((noinline)) unsigned g753(unsigned x) { return g754(x * 25u + 753); }
__attribute__((noinline)) unsigned g754(unsigned x) { return g755(x * 1u + 754); }
__attribute__((noinline)) unsigned g755(unsigned x) { return g756(x * 3u + 755); }
__attribute__((noinline)) unsigned g756(unsigned x) { return g757(x * 5u + 756); }
__attribute__((noinline)) unsigned g757(unsigned x) { return g758(x * 7u + 757); }
__attribute__((noinline)) unsigned g758(unsigned x) { return g759(x * 9u + 758); }
__attribute__((noinline)) unsigned g759(unsigned x) { return g760(x * 11u + 759); }
__attribute__((noinline)) unsigned g760(unsigned x) { return g761(x * 13u + 760); }
__attribute__((noinline)) unsigned g761(unsigned x) { return g762(x * 15u + 761); }
__attribute__((noinline)) unsigned g762(unsigned x) { return g763(x * 17u + 762); }
__attribute__((noinline)) unsigned g763(unsigned x) { return g764(x * 19u + 763); }
__attribute__((noinline)) unsigned g764(unsigned x) { return g765(x * 21u + 764); }
__attribute__((noinline)) unsigned g765(unsigned x) { return g766(x * 23u + 765); }
__attribute__((noinline)) unsigned g766(unsigned x) { return g767(x * 25u + 766); }
__attribute__((noinline)) unsigned g767(unsigned x) { return g768(x * 1u + 767); }
__attribute__((noinline)) unsigned g768(unsigned x) { return g769(x * 3u + 768); }
__attribute__((noinline)) unsigned g769(unsigned x) { return g770(x * 5u + 769); }
__attribute__((noinline)) unsigned g770(unsigned x) { return g771(x * 7u + 770); }
__attribute__((noinline)) unsigned g771(unsigned x) { return g772(x * 9u + 771); }
__attribute__((noinline)) unsigned g772(unsigned x) { return g773(x * 11u + 772); }
__attribute__((noinline)) unsigned g773(unsigned x) { return g774(x * 13u + 773); }
__attribute__((noinline)) unsigned g774(unsigned x) { return g775(x * 15u + 774); }
__attribute__((noinline)) unsigned g775(unsigned x) { return g776(x * 17u + 775); }
__attribute__((noinline)) unsigned g776(unsigned x) { return g777(x * 19u + 776); }
__attribute__((noinline)) unsigned g777(unsigned x) { return g778(x * 21u + 777); }
__attribute__((noinline)) unsigned g778(unsigned x) { return g779(x * 23u + 778); }
__attribute__((noinline)) unsigned g779(unsigned x) { return g780(x * 25u + 779); }
__attribute__((noinline)) unsigned g780(unsigned x) { return g781(x * 1u + 780); }
__attribute__((noinline)) unsigned g781(unsigned x) { return g782(x * 3u + 781); }
__attribute__((noinline)) unsigned g782(unsigned x) { return g783(x * 5u + 782); }
__attribute__((noinline)) unsigned g783(unsigned x) { return g784(x * 7u + 783); }
__attribute__((noinline)) unsigned g784(unsigned x) { return g785(x * 9u + 784); }
__attribute__((noinline)) unsigned g785(unsigned x) { return g786(x * 11u + 785); }
__attribute__((noinline)) unsigned g786(unsigned x) { return g787(x * 13u + 786); }
__attribute__((noinline)) unsigned g787(unsigned x) { return g788(x * 15u + 787); }
__attribute__((noinline)) unsigned g788(unsigned x) { return g789(x * 17u + 788); }
__attribute__((noinline)) unsigned g789(unsigned x) { return g790(x * 19u + 789); }
__attribute__((noinline)) unsigned g790(unsigned x) { return g791(x * 21u + 790); }
__attribute__((noinline)) unsigned g791(unsigned x) { return g792(x * 23u + 791); }
__attribute__((noinline)) unsigned g792(unsigned x) { return g793(x * 25u + 792); }
__attribute__((noinline)) unsigned g793(unsigned x) { return g794(x * 1u + 793); }
__attribute__((noinline)) unsigned g794(unsigned x) { return g795(x * 3u + 794); }
__attribute__((noinline)) unsigned g795(unsigned x) { return g796(x * 5u + 795); }
__attribute__((noinline)) unsigned g796(unsigned x) { return g797(x * 7u + 796); }
__attribute__((noinline)) unsigned g797(unsigned x) { return g798(x * 9u + 797); }
__attribute__((noinline)) unsigned g798(unsigned x) { return g799(x * 11u + 798); }
__attribute__((noinline)) unsigned g799(unsigned x) { return x ^ 799; }
__attribute__((noinline)) unsigned g800(unsigned x) { return g801(x * 15u + 800); }
__attribute__((noinline)) unsigned g801(unsigned x) { return g802(x * 17u + 801); }
__attribute__((noinline)) unsigned g802(unsigned x) { return g803(x * 19u + 802); }
__attribute__((noinline)) unsigned g803(unsigned x) { return g804(x * 21u + 803); }
__attribute__((noinline)) unsigned g804(unsigned x) { return g805(x * 23u + 804); }
__attribute__((noinline)) unsigned g805(unsigned x) { return g806(x * 25u + 805); }
__attribute__((noinline)) unsigned g806(unsigned x) { return g807(x * 1u + 806); }
__attribute__((noinline)) unsigned g807(unsigned x) { return g808(x * 3u + 807); }
__attribute__((noinline)) unsigned g808(unsigned x) { return g809(x * 5u + 808); }
__attribute__((noinline)) unsigned g809(unsigned x) { return g810(x * 7u + 809); }
__attribute__((noinline)) unsigned g810(unsigned x) { return g811(x * 9u + 810); }
__attribute__((noinline)) unsigned g811(unsigned x) { return g812(x * 11u + 811); }
__attribute__((noinline)) unsigned g812(unsigned x) { return g813(x * 13u + 812); }
__attribute__((noinline)) unsigned g813(unsigned x) { return g814(x * 15u + 813); }
__attribute__((noinline)) unsigned g814(unsigned x) { return g815(x * 17u + 814); }
__attribute__((noinline)) unsigned g815(unsigned x) { return g816(x * 19u + 815); }
__attribute__((noinline)) unsigned g816(unsigned x) { return g817(x * 21u + 816); }
__attribute__((noinline)) unsigned g817(unsigned x) { return g818(x * 23u + 817); }
__attribute__((noinline)) unsigned g818(unsigned x) { return g819(x * 25u + 818); }
__attribute__((noinline)) unsigned g819(unsigned x) { return g820(x * 1u + 819); }
__attribute__((noinline)) unsigned g820(unsigned x) { return g821(x * 3u + 820); }
__attribute__((noinline)) unsigned g821(unsigned x) { return g822(x * 5u + 821); }
__attribute__((noinline)) unsigned g822(unsigned x) { return g823(x * 7u + 822); }
__attribute__((noinline)) unsigned g823(unsigned x) { return g824(x * 9u + 823); }
__attribute__((noinline)) unsigned g824(unsigned x) { return g825(x * 11u + 824); }
__attribute__((noinline)) unsigned g825(unsigned x) { return g826(x * 13u + 825); }
__attribute__((noinline)) unsigned g826(unsigned x) { return g827(x * 15u + 826); }
__attribute__((noinline)) unsigned g827(unsigned x) { return g828(x * 17u + 827); }
__attribute__((noinline)) unsigned g828(unsigned x) { return g829(x * 19u + 828); }
__attribute__((noinline)) unsigned g829(unsigned x) { return g830(x * 21u + 829); }
__attribute__((noinline)) unsigned g830(unsigned x) { return g831(x * 23u + 830); }
__attribute__((noinline)) unsigned g831(unsigned x) { return g832(x * 25u + 831); }
__attribute__((noinline)) unsigned g832(unsigned x) { return g833(x * 1u + 832); }
__attribute__((noinline)) unsigned g833(unsigned x) { return g834(x * 3u + 833); }
__attribute__((noinline)) unsigned g834(unsigned x) { return g835(x * 5u + 834); }
__attribute__((noinline)) unsigned g835(unsigned x) { return g836(x * 7u + 835); }
__attribute__((noinline)) unsigned g836(unsigned x) { return g837(x * 9u + 836); }
__attribute__((noinline)) unsigned g837(unsigned x) { return g838(x * 11u + 837); }
__attribute__((noinline)) unsigned g838(unsigned x) { return g839(x * 13u + 838); }
__attribute__((noinline)) unsigned g839(unsigned x) { return g840(x * 15u + 839); }
__attribute__((noinline)) unsigned g840(unsigned x) { return g841(x * 17u + 840); }
__attribute__((noinline)) unsigned g841(unsigned x) { return g842(x * 19u + 841); }
__attribute__((noinline)) unsigned g842(unsigned x) { return g843(x * 21u + 842); }
__attribute__((noinline)) unsigned g843(unsigned x) { return g844(x * 23u + 843); }
__attribute__((noinline)) unsigned g844(unsigned x) { return g845(x * 25u + 844); }
__attribute__((noinline)) unsigned g845(unsigned x) { return g846(x * 1u + 845); }
__attribute__((noinline)) unsigned g846(unsigned x) { return g847(x * 3u + 846); }
__attribute__((noinline)) unsigned g847(unsigned x) { return g848(x * 5u + 847); }
__attribute__((noinline)) unsigned g848(unsigned x) { return g849(x * 7u + 848); }
__attribute__((noinline)) unsigned g849(unsigned x) { return x ^ 849; }
__attribute__((noinline)) unsigned g850(unsigned x) { return g851(x * 11u + 850); }
__attribute__((noinline)) unsigned g851(unsigned x) { return g852(x * 13u + 851); }
__attribute__((noinline)) unsigned g852(unsigned x) { return g853(x * 15u + 852); }
__attribute__((noinline)) unsigned g853(unsigned x) { return g854(x * 17u + 853); }
__attribute__((noinline)) unsigned g854(unsigned x) { return g855(x * 19u + 854); }
__attribute__((noinline)) unsigned g855(unsigned x) { return g856(x * 21u + 855); }
__attribute__((noinline)) unsigned g856(unsigned x) { return g857(x * 23u + 856); }
__attribute__((noinline)) unsigned g857(unsigned x) { return g858(x * 25u + 857); }
__attribute__((noinline)) unsigned g858(unsigned x) { return g859(x * 1u + 858); }
__attribute__((noinline)) unsigned g859(unsigned x) { return g860(x * 3u + 859); }
__attribute__((noinline)) unsigned g860(unsigned x) { return g861(x * 5u + 860); }
__attribute__((noinline)) unsigned g861(unsigned x) { return g862(x * 7u + 861); }
__attribute__((noinline)) unsigned g862(unsigned x) { return g863(x * 9u + 862); }
__attribute__((noinline)) unsigned g863(unsigned x) { return g864(x * 11u + 863); }
__attribute__((noinline)) unsigned g864(unsigned x) { return g865(x * 13u + 864); }
__attribute__((noinline)) unsigned g865(unsigned x) { return g866(x * 15u + 865); }
__attribute__((noinline)) unsigned g866(unsigned x) { return g867(x * 17u + 866); }
__attribute__((noinline)) unsigned g867(unsigned x) { return g868(x * 19u + 867); }
__attribute__((noinline)) unsigned g868(unsigned x) { return g869(x * 21u + 868); }
__attribute__((noinline)) unsigned g869(unsigned x) { return g870(x * 23u + 869); }
__attribute__((noinline)) unsigned g870(unsigned x) { return g871(x * 25u + 870); }
__attribute__((noinline)) unsigned g871(unsigned x) { return g872(x * 1u + 871); }
__attribute__((noinline)) unsigned g872(unsigned x) { return g873(x * 3u + 872); }
__attribute__((noinline)) unsigned g873(unsigned x) { return g874(x * 5u + 873); }
__attribute__((noinline)) unsigned g874(unsigned x) { return g875(x * 7u + 874); }
__attribute__((noinline)) unsigned g875(unsigned x) { return g876(x * 9u + 875); }
__attribute__((noinline)) unsigned g876(unsigned x) { return g877(x * 11u + 876); }
__attribute__((noinline)) unsigned g877(unsigned x) { return g878(x * 13u + 877); }
__attribute__((noinline)) unsigned g878(unsigned x) { return g879(x * 15u + 878); }
__attribute__((noinline)) unsigned g879(unsigned x) { return g880(x * 17u + 879); }
__attribute__((noinline)) unsigned g880(unsigned x) { return g881(x * 19u + 880); }
__attribute__((noinline)) unsigned g881(unsigned x) { return g882(x * 21u + 881); }
__attribute__((noinline)) unsigned g882(unsigned x) { return g883(x * 23u + 882); }
__attribute__((noinline)) unsigned g883(unsigned x) { return g884(x * 25u + 883); }
__attribute__((noinline)) unsigned g884(unsigned x) { return g885(x * 1u + 884); }
__attribute__((noinline)) unsigned g885(unsigned x) { return g886(x * 3u + 885); }
__attribute__((noinline)) unsigned g886(unsigned x) { return g887(x * 5u + 886); }
__attribute__((noinline)) unsigned g887(unsigned x) { return g888(x * 7u + 887); }
__attribute__((noinline)) unsigned g888(unsigned x) { return g889(x * 9u + 888); }
__attribute__((noinline)) unsigned g889(unsigned x) { return g890(x * 11u + 889); }
__attribute__((noinline)) unsigned g890(unsigned x) { return g891(x * 13u + 890); }
__attribute__((noinline)) unsigned g891(unsigned x) { return g892(x * 15u + 891); }
__attribute__((noinline)) unsigned g892(unsigned x) { return g893(x * 17u + 892); }
__attribute__((noinline)) unsigned g893(unsigned x) { return g894(x * 19u + 893); }
__attribute__((noinline)) unsigned g894(unsigned x) { return g895(x * 21u + 894); }
__attribute__((noinline)) unsigned g895(unsigned x) { return g896(x * 23u + 895); }
__attribute__((noinline)) unsigned g896(unsigned x) { return g897(x * 25u + 896); }
__attribute__((noinline)) unsigned g897(unsigned x) { return g898(x * 1u + 897); }
__attribute__((noinline)) unsigned g898(unsigned x) { return g899(x * 3u + 898); }
__attribute__((noinline)) unsigned g899(unsigned x) { return x ^ 899; }
__attribute__((noinline)) unsigned g900(unsigned x) { return g901(x * 7u + 900); }
__attribute__((noinline)) unsigned g901(unsigned x) { return g902(x * 9u + 901); }
__attribute__((noinline)) unsigned g902(unsigned x) { return g903(x * 11u + 902); }
__attribute__((noinline)) unsigned g903(unsigned x) { return g904(x * 13u + 903); }
__attribute__((noinline)) unsigned g904(unsigned x) { return g905(x * 15u + 904); }
__attribute__((noinline)) unsigned g905(unsigned x) { return g906(x * 17u + 905); }
__attribute__((noinline)) unsigned g906(unsigned x) { return g907(x * 19u + 906); }
__attribute__((noinline)) unsigned g907(unsigned x) { return g908(x * 21u + 907); }
__attribute__((noinline)) unsigned g908(unsigned x) { return g909(x * 23u + 908); }
__attribute__((noinline)) unsigned g909(unsigned x) { return g910(x * 25u + 909); }
__attribute__((noinline)) unsigned g910(unsigned x) { return g911(x * 1u + 910); }
__attribute__((noinline)) unsigned g911(unsigned x) { return g912(x * 3u + 911); }
__attribute__((noinline)) unsigned g912(unsigned x) { return g913(x * 5u + 912); }
__attribute__((noinline)) unsigned g913(unsigned x) { return g914(x * 7u + 913); }
__attribute__((noinline)) unsigned g914(unsigned x) { return g915(x * 9u + 914); }
__attribute__((noinline)) unsigned g915(unsigned x) { return g916(x * 11u + 915); }
__attribute__((noinline)) unsigned g916(unsigned x) { return g917(x * 13u + 916); }
__attribute__((noinline)) unsigned g917(unsigned x) { return g918(x * 15u + 917); }
__attribute__((noinline)) unsigned g918(unsigned x) { return g919(x * 17u + 918); }
__attribute__((noinline)) unsigned g919(unsigned x) { return g920(x * 19u + 919); }
__attribute__((noinline)) unsigned g920(unsigned x) { return g921(x * 21u + 920); }
__attribute__((noinline)) unsigned g921(unsigned x) { return g922(x * 23u + 921); }
__attribute__((noinline)) unsigned g922(unsigned x) { return g923(x * 25u + 922); }
__attribute__((noinline)) unsigned g923(unsigned x) { return g924(x * 1u + 923); }
__attribute__((noinline)) unsigned g924(unsigned x) { return g925(x * 3u + 924); }
__attribute__((noinline)) unsigned g925(unsigned x) { return g926(x * 5u + 925); }
__attribute__((noinline)) unsigned g926(unsigned x) { return g927(x * 7u + 926); }
__attribute__((noinline)) unsigned g927(unsigned x) { return g928(x * 9u + 927); }
__attribute__((noinline)) unsigned g928(unsigned x) { return g929(x * 11u + 928); }
__attribute__((noinline)) unsigned g929(unsigned x) { return g930(x * 13u + 929); }
__attribute__((noinline)) unsigned g930(unsigned x) { return g931(x * 15u + 930); }
__attribute__((noinline)) unsigned g931(unsigned x) { return g932(x * 17u + 931); }
__attribute__((noinline)) unsigned g932(unsigned x) { return g933(x * 19u + 932); }
__attribute__((noinline)) unsigned g933(unsigned x) { return g934(x * 21u + 933); }
__attribute__((noinline)) unsigned g934(unsigned x) { return g935(x * 23u + 934); }
__attribute__((noinline)) unsigned g935(unsigned x) { return g936(x * 25u + 935); }
__attribute__((noinline)) unsigned g936(unsigned x) { return g937(x * 1u + 936); }
__attribute__((noinline)) unsigned g937(unsigned x) { return g938(x * 3u + 937); }
__attribute__((noinline)) unsigned g938(unsigned x) { return g939(x * 5u + 938); }
__attribute__((noinline)) unsigned g939(unsigned x) { return g940(x * 7u + 939); }
__attribute__((noinline)) unsigned g940(unsigned x) { return g941(x * 9u + 940); }
__attribute__((noinline)) unsigned g941(unsigned x) { return g942(x * 11u + 941); }
__attribute__((noinline)) unsigned g942(unsigned x) { return g943(x * 13u + 942); }
__attribute__((noinline)) unsigned g943(unsigned x) { return g944(x * 15u + 943); }
__attribute__((noinline)) unsigned g944(unsigned x) { return g945(x * 17u + 944); }
__attribute__((noinline)) unsigned g945(unsigned x) { return g946(x * 19u + 945); }
__attribute__((noinline)) unsigned g946(unsigned x) { return g947(x * 21u + 946); }
__attribute__((noinline)) unsigned g947(unsigned x) { return g948(x * 23u + 947); }
__attribute__((noinline)) unsigned g948(unsigned x) { return g949(x * 25u + 948); }
__attribute__((noinline)) unsigned g949(unsigned x) { return x ^ 949; }
__attribute__((noinline)) unsigned g950(unsigned x) { return g951(x * 3u + 950); }
__attribute__((noinline)) unsigned g951(unsigned x) { return g952(x * 5u + 951); }
__attribute__((noinline)) unsigned g952(unsigned x) { return g953(x * 7u + 952); }
__attribute__((noinline)) unsigned g953(unsigned x) { return g954(x * 9u + 953); }
__attribute__((noinline)) unsigned g954(unsigned x) { return g955(x * 11u + 954); }
__attribute__((noinline)) unsigned g955(unsigned x) { return g956(x * 13u + 955); }
__attribute__((noinline)) unsigned g956(unsigned x) { return g957(x * 15u + 956); }
__attribute__((noinline)) unsigned g957(unsigned x) { return g958(x * 17u + 957); }
__attribute__((noinline)) unsigned g958(unsigned x) { return g959(x * 19u + 958); }
__attribute__((noinline)) unsigned g959(unsigned x) { return g960(x * 21u + 959); }
__attribute__((noinline)) unsigned g960(unsigned x) { return g961(x * 23u + 960); }
__attribute__((noinline)) unsigned g961(unsigned x) { return g962(x * 25u + 961); }
__attribute__((noinline)) unsigned g962(unsigned x) { return g963(x * 1u + 962); }
__attribute__((noinline)) unsigned g963(unsigned x) { return g964(x * 3u + 963); }
__attribute__((noinline)) unsigned g964(unsigned x) { return g965(x * 5u + 964); }
__attribute__((noinline)) unsigned g965(unsigned x) { return g966(x * 7u + 965); }
__attribute__((noinline)) unsigned g966(unsigned x) { return g967(x * 9u + 966); }
__attribute__((noinline)) unsigned g967(unsigned x) { return g968(x * 11u + 967); }
__attribute__((noinline)) unsigned g968(unsigned x) { return g969(x * 13u + 968); }
__attribute__((noinline)) unsigned g969(unsigned x) { return g970(x * 15u + 969); }
__attribute__((noinline)) unsigned g970(unsigned x) { return g971(x * 17u + 970); }
__attribute__((noinline)) unsigned g971(unsigned x) { return g972(x * 19u + 971); }
__attribute__((noinline)) unsigned g972(unsigned x) { return g973(x * 21u + 972); }
__attribute__((noinline)) unsigned g973(unsigned x) { return g974(x * 23u + 973); }
__attribute__((noinline)) unsigned g974(unsigned x) { return g975(x * 25u + 974); }
__attribute__((noinline)) unsigned g975(unsigned x) { return g976(x * 1u + 975); }
__attribute__((noinline)) unsigned g976(unsigned x) { return g977(x * 3u + 976); }
__attribute__((noinline)) unsigned g977(unsigned x) { return g978(x * 5u + 977); }
__attribute__((noinline)) unsigned g978(unsigned x) { return g979(x * 7u + 978); }
__attribute__((noinline)) unsigned g979(unsigned x) { return g980(x * 9u + 979); }
__attribute__((noinline)) unsigned g980(unsigned x) { return g981(x * 11u + 980); }
__attribute__((noinline)) unsigned g981(unsigned x) { return g982(x * 13u + 981); }
__attribute__((noinline)) unsigned g982(unsigned x) { return g983(x * 15u + 982); }
__attribute__((noinline)) unsigned g983(unsigned x) { return g984(x * 17u + 983); }
__attribute__((noinline)) unsigned g984(unsigned x) { return g985(x * 19u + 984); }
__attribute__((noinline)) unsigned g985(unsigned x) { return g986(x * 21u + 985); }
__attribute__((noinline)) unsigned g986(unsigned x) { return g987(x * 23u + 986); }
__attribute__((noinline)) unsigned g987(unsigned x) { return g988(x * 25u + 987); }
__attribute__((noinline)) unsigned g988(unsigned x) { return g989(x * 1u + 988); }
__attribute__((noinline)) unsigned g989(unsigned x) { return g990(x * 3u + 989); }
__attribute__((noinline)) unsigned g990(unsigned x) { return g991(x * 5u + 990); }
__attribute__((noinline)) unsigned g991(unsigned x) { return g992(x * 7u + 991); }
__attribute__((noinline)) unsigned g992(unsigned x) { return g993(x * 9u + 992); }
__attribute__((noinline)) unsigned g993(unsigned x) { return g994(x * 11u + 993); }
__attribute__((noinline)) unsigned g994(unsigned x) { return g995(x * 13u + 994); }
__attribute__((noinline)) unsigned g995(unsigned x) { return g996(x * 15u + 995); }
__attribute__((noinline)) unsigned g996(unsigned x) { return g997(x * 17u + 996); }
__attribute__((noinline)) unsigned g997(unsigned x) { return g998(x * 19u + 997); }
__attribute__((noinline)) unsigned g998(unsigned x) { return g999(x * 21u + 998); }
__attribute__((noinline)) unsigned g999(unsigned x) { return x ^ 999; }
__attribute__((noinline)) unsigned g1000(unsigned x) { return g1001(x * 25u + 1000); }
__attribute__((noinline)) unsigned g1001(unsigned x) { return g1002(x * 1u + 1001); }
__attribute__((noinline)) unsigned g1002(unsigned x) { return g1003(x * 3u + 1002); }
__attribute__((noinline)) unsigned g1003(unsigned x) { return g1004(x * 5u + 1003); }
__attribute__((noinline)) unsigned g1004(unsigned x) { return g1005(x * 7u + 1004); }
__attribute__((noinline)) unsigned g1005(unsigned x) { return g1006(x * 9u + 1005); }
__attribute__((noinline)) unsigned g1006(unsigned x) { return g1007(x * 11u + 1006); }
__attribute__((noinline)) unsigned g1007(unsigned x) { return g1008(x * 13u + 1007); }
__attribute__((noinline)) unsigned g1008(unsigned x) { return g1009(x * 15u + 1008); }
__attribute__((noinline)) unsigned g1009(unsigned x) { return g1010(x * 17u + 1009); }
__attribute__((noinline)) unsigned g1010(unsigned x) { return g1011(x * 19u + 1010); }
__attribute__((noinline)) unsigned g1011(unsigned x) { return g1012(x * 21u + 1011); }
__attribute__((noinline)) unsigned g1012(unsigned x) { return g1013(x * 23u + 1012); }
__attribute__((noinline)) unsigned g1013(unsigned x) { return g1014(x * 25u + 1013); }
__attribute__((noinline)) unsigned g1014(unsigned x) { return g1015(x * 1u + 1014); }
__attribute__((noinline)) unsigned g1015(unsigned x) { return g1016(x * 3u + 1015); }
__attribute__((noinline)) unsigned g1016(unsigned x) { return g1017(x * 5u + 1016); }
__attribute__((noinline)) unsigned g1017(unsigned x) { return g1018(x * 7u + 1017); }
__attribute__((noinline)) unsigned g1018(unsigned x) { return g1019(x * 9u + 1018); }
__attribute__((noinline)) unsigned g1019(unsigned x) { return g1020(x * 11u + 1019); }
__attribute__((noinline)) unsigned g1020(unsigned x) { return g1021(x * 13u + 1020); }
__attribute__((noinline)) unsigned g1021(unsigned x) { return g1022(x * 15u + 1021); }
__attribute__((noinline)) unsigned g1022(unsigned x) { return g1023(x * 17u + 1022); }
__attribute__((noinline)) unsigned g1023(unsigned x) { return g1024(x * 19u + 1023); }
__attribute__((noinline)) unsigned g1024(unsigned x) { return g1025(x * 21u + 1024); }
__attribute__((noinline)) unsigned g1025(unsigned x) { return g1026(x * 23u + 1025); }
__attribute__((noinline)) unsigned g1026(unsigned x) { return g1027(x * 25u + 1026); }
__attribute__((noinline)) unsigned g1027(unsigned x) { return g1028(x * 1u + 1027); }
__attribute__((noinline)) unsigned g1028(unsigned x) { return g1029(x * 3u + 1028); }
__attribute__((noinline)) unsigned g1029(unsigned x) { return g1030(x * 5u + 1029); }
__attribute__((noinline)) unsigned g1030(unsigned x) { return g1031(x * 7u + 1030); }
__attribute__((noinline)) unsigned g1031(unsigned x) { return g1032(x * 9u + 1031); }
__attribute__((noinline)) unsigned g1032(unsigned x) { return g1033(x * 11u + 1032); }
__attribute__((noinline)) unsigned g1033(unsigned x) { return g1034(x * 13u + 1033); }
__attribute__((noinline)) unsigned g1034(unsigned x) { return g1035(x * 15u + 1034); }
__attribute__((noinline)) unsigned g1035(unsigned x) { return g1036(x * 17u + 1035); }
__attribute__((noinline)) unsigned g1036(unsigned x) { return g1037(x * 19u + 1036); }
__attribute__((noinline)) unsigned g1037(unsigned x) { return g1038(x * 21u + 1037); }
__attribute__((noinline)) unsigned g1038(unsigned x) { return g1039(x * 23u + 1038); }
__attribute__((noinline)) unsigned g1039(unsigned x) { return g1040(x * 25u + 1039); }
__attribute__((noinline)) unsigned g1040(unsigned x) { return g1041(x * 1u + 1040); }
__attribute__((noinline)) unsigned g1041(unsigned x) { return g1042(x * 3u + 1041); }
__attribute__((noinline)) unsigned g1042(unsigned x) { return g1043(x * 5u + 1042); }
__attribute__((noinline)) unsigned g1043(unsigned x) { return g1044(x * 7u + 1043); }
__attribute__((noinline)) unsigned g1044(unsigned x) { return g1045(x * 9u + 1044); }
__attribute__((noinline)) unsigned g1045(unsigned x) { return g1046(x * 11u + 1045); }
__attribute__((noinline)) unsigned g1046(unsigned x) { return g1047(x * 13u + 1046); }
__attribute__((noinline)) unsigned g1047(unsigned x) { return g1048(x * 15u + 1047); }
__attribute__((noinline)) unsigned g1048(unsigned x) { return g1049(x * 17u + 1048); }
__attribute__((noinline)) unsigned g1049(unsigned x) { return x ^ 1049; }
__attribute__((noinline)) unsigned g1050(unsigned x) { return g1051(x * 21u + 1050); }
__attribute__((noinline)) unsigned g1051(unsigned x) { return g1052(x * 23u + 1051); }
__attribute__((noinline)) unsigned g1052(unsigned x) { return g1053(x * 25u + 1052); }
__attribute__((noinline)) unsigned g1053(unsigned x) { return g1054(x * 1u + 1053); }
__attribute__((noinline)) unsigned g1054(unsigned x) { return g1055(x * 3u + 1054); }
__attribute__((noinline)) unsigned g1055(unsigned x) { return g1056(x * 5u + 1055); }
__attribute__((noinline)) unsigned g1056(unsigned x) { return g1057(x * 7u + 1056); }
__attribute__((noinline)) unsigned g1057(unsigned x) { return g1058(x * 9u + 1057); }
__attribute__((noinline)) unsigned g1058(unsigned x) { return g1059(x * 11u + 1058); }
__attribute__((noinline)) unsigned g1059(unsigned x) { return g1060(x * 13u + 1059); }
__attribute__((noinline)) unsigned g1060(unsigned x) { return g1061(x * 15u + 1060); }
__attribute__((noinline)) unsigned g1061(unsigned x) { return g1062(x * 17u + 1061); }
__attribute__((noinline)) unsigned g1062(unsigned x) { return g1063(x * 19u + 1062); }
__attribute__((noinline)) unsigned g1063(unsigned x) { return g1064(x * 21u + 1063); }
__attribute__((noinline)) unsigned g1064(unsigned x) { return g1065(x * 23u + 1064); }
__attribute__((noinline)) unsigned g1065(unsigned x) { return g1066(x * 25u + 1065); }
__attribute__((noinline)) unsigned g1066(unsigned x) { return g1067(x * 1u + 1066); }
__attribute__((noinline)) unsigned g1067(unsigned x) { return g1068(x * 3u + 1067); }
__attribute__((noinline)) unsigned g1068(unsigned x) { return g1069(x * 5u + 1068); }
__attribute__((noinline)) unsigned g1069(unsigned x) { return g1070(x * 7u + 1069); }
__attribute__((noinline)) unsigned g1070(unsigned x) { return g1071(x * 9u + 1070); }
__attribute__((noinline)) unsigned g1071(unsigned x) { return g1072(x * 11u + 1071); }
__attribute__((noinline)) unsigned g1072(unsigned x) { return g1073(x * 13u + 1072); }
__attribute__((noinline)) unsigned g1073(unsigned x) { return g1074(x * 15u + 1073); }
__attribute__((noinline)) unsigned g1074(unsigned x) { return g1075(x * 17u + 1074); }
__attribute__((noinline)) unsigned g1075(unsigned x) { return g1076(x * 19u + 1075); }
__attribute__((noinline)) unsigned g1076(unsigned x) { return g1077(x * 21u + 1076); }
__attribute__((noinline)) unsigned g1077(unsigned x) { return g1078(x * 23u + 1077); }
__attribute__((noinline)) unsigned g1078(unsigned x) { return g1079(x * 25u + 1078); }
__attribute__((noinline)) unsigned g1079(unsigned x) { return g1080(x * 1u + 1079); }
__attribute__((noinline)) unsigned g1080(unsigned x) { return g1081(x * 3u + 1080); }
__attribute__((noinline)) unsigned g1081(unsigned x) { return g1082(x * 5u + 1081); }
__attribute__((noinline)) unsigned g1082(unsigned x) { return g1083(x * 7u + 1082); }
__attribute__((noinline)) unsigned g1083(unsigned x) { return g1084(x * 9u + 1083); }
__attribute__((noinline)) unsigned g1084(unsigned x) { return g1085(x * 11u + 1084); }
__attribute__((noinline)) unsigned g1085(unsigned x) { return g1086(x * 13u + 1085); }
__attribute__((noinline)) unsigned g1086(unsigned x) { return g1087(x * 15u + 1086); }
__attribute__((noinline)) unsigned g1087(unsigned x) { return g1088(x * 17u + 1087); }
__attribute__((noinline)) unsigned g1088(unsigned x) { return g1089(x * 19u + 1088); }
__attribute__((noinline)) unsigned g1089(unsigned x) { return g1090(x * 21u + 1089); }
__attribute__((noinline)) unsigned g1090(unsigned x) { return g1091(x * 23u + 1090); }
__attribute__((noinline)) unsigned g1091(unsigned x) { return g1092(x * 25u + 1091); }
__attribute__((noinline)) unsigned g1092(unsigned x) { return g1093(x * 1u + 1092); }
__attribute__((noinline)) unsigned g1093(unsigned x) { return g1094(x * 3u + 1093); }
__attribute__((noinline)) unsigned g1094(unsigned x) { return g1095(x * 5u + 1094); }
__attribute__((noinline)) unsigned g1095(unsigned x) { return g1096(x * 7u + 1095); }
__attribute__((noinline)) unsigned g1096(unsigned x) { return g1097(x * 9u + 1096); }
__attribute__((noinline)) unsigned g1097(unsigned x) { return g1098(x * 11u + 1097); }
__attribute__((noinline)) unsigned g1098(unsigned x) { return g1099(x * 13u + 1098); }
__attribute__((noinline)) unsigned g1099(unsigned x) { return x ^ 1099; }
__attribute__((noinline)) unsigned g1100(unsigned x) { return g1101(x * 17u + 1100); }
__attribute__((noinline)) unsigned g1101(unsigned x) { return g1102(x * 19u + 1101); }
__attribute__((noinline)) unsigned g1102(unsigned x) { return g1103(x * 21u + 1102); }
__attribute__((noinline)) unsigned g1103(unsigned x) { return g1104(x * 23u + 1103); }
__attribute__((noinline)) unsigned g1104(unsigned x) { return g1105(x * 25u + 1104); }
__attribute__((noinline)) unsigned g1105(unsigned x) { return g1106(x * 1u + 1105); }
__attribute__((noinline)) unsigned g1106(unsigned x) { return g1107(x * 3u + 1106); }
__attribute__((noinline)) unsigned g1107(unsigned x) { return g1108(x * 5u + 1107); }
__attribute__((noinline)) unsigned g1108(unsigned x) { return g1109(x * 7u + 1108); }
__attribute__((noinline)) unsigned g1109(unsigned x) { return g1110(x * 9u + 1109); }
__attribute__((noinline)) unsigned g1110(unsigned x) { return g1111(x * 11u + 1110); }
__attribute__((noinline)) unsigned g1111(unsigned x) { return g1112(x * 13u + 1111); }
__attribute__((noinline)) unsigned g1112(unsigned x) { return g1113(x * 15u + 1112); }
__attribute__((noinline)) unsigned g1113(unsigned x) { return g1114(x * 17u + 1113); }
__attribute__((noinline)) unsigned g1114(unsigned x) { return g1115(x * 19u + 1114); }
__attribute__((noinline)) unsigned g1115(unsigned x) { return g1116(x * 21u + 1115); }
__attribute__((noinline)) unsigned g1116(unsigned x) { return g1117(x * 23u + 1116); }
__attribute__((noinline)) unsigned g1117(unsigned x) { return g1118(x * 25u + 1117); }
__attribute__((noinline)) unsigned g1118(unsigned x) { return g1119(x * 1u + 1118); }
__attribute__((noinline)) unsigned g1119(unsigned x) { return g1120(x * 3u + 1119); }
__attribute__((noinline)) unsigned g1120(unsigned x) { return g1121(x * 5u + 1120); }
__attribute__((noinline)) unsigned g1121(unsigned x) { return g1122(x * 7u + 1121); }
__attribute__((noinline)) unsigned g1122(unsigned x) { return g1123(x * 9u + 1122); }
__attribute__((noinline)) unsigned g1123(unsigned x) { return g1124(x * 11u + 1123); }
__attribute__((noinline)) unsigned g1124(unsigned x) { return g1125(x * 13u + 1124); }
__attribute__((noinline)) unsigned g1125(unsigned x) { return g1126(x * 15u + 1125); }
__attribute__((noinline)) unsigned g1126(unsigned x) { return g1127(x * 17u + 1126); }
__attribute__((noinline)) unsigned g1127(unsigned x) { return g1128(x * 19u + 1127); }
__attribute__((noinline)) unsigned g1128(unsigned x) { return g1129(x * 21u + 1128); }
__attribute__((noinline)) unsigned g1129(unsigned x) { return g1130(x * 23u + 1129); }
__attribute__((noinline)) unsigned g1130(unsigned x) { return g1131(x * 25u + 1130); }
__attribute__((noinline)) unsigned g1131(unsigned x) { return g1132(x * 1u + 1131); }
__attribute__((noinline)) unsigned g1132(unsigned x) { return g1133(x * 3u + 1132); }
__attribute__((noinline)) unsigned g1133(unsigned x) { return g1134(x * 5u + 1133); }
__attribute__((noinline)) unsigned g1134(unsigned x) { return g1135(x * 7u + 1134); }
__attribute__((noinline)) unsigned g1135(unsigned x) { return g1136(x * 9u + 1135); }
__attribute__((noinline)) unsigned g1136(unsigned x) { return g1137(x * 11u + 1136); }
__attribute__((noinline)) unsigned g1137(unsigned x) { return g1138(x * 13u + 1137); }
__attribute__((noinline)) unsigned g1138(unsigned x) { return g1139(x * 15u + 1138); }
__attribute__((noinline)) unsigned g1139(unsigned x) { return g1140(x * 17u + 1139); }
__attribute__((noinline)) unsigned g1140(unsigned x) { return g1141(x * 19u + 1140); }
__attribute__((noinline)) unsigned g1141(unsigned x) { return g1142(x * 21u + 1141); }
__attribute__((noinline)) unsigned g1142(unsigned x) { return g1143(x * 23u + 1142); }
__attribute__((noinline)) unsigned g1143(unsigned x) { return g1144(x * 25u + 1143); }
__attribute__((noinline)) unsigned g1144(unsigned x) { return g1145(x * 1u + 1144); }
__attribute__((noinline)) unsigned g1145(unsigned x) { return g1146(x * 3u + 1145); }
__attribute__((noinline)) unsigned g1146(unsigned x) { return g1147(x * 5u + 1146); }
__attribute__((noinline)) unsigned g1147(unsigned x) { return g1148(x * 7u + 1147); }
__attribute__((noinline)) unsigned g1148(unsigned x) { return g1149(x * 9u + 1148); }
__attribute__((noinline)) unsigned g1149(unsigned x) { return x ^ 1149; }
__attribute__((noinline)) unsigned g1150(unsigned x) { return g1151(x * 13u + 1150); }
__attribute__((noinline)) unsigned g1151(unsigned x) { return g1152(x * 15u + 1151); }
__attribute__((noinline)) unsigned g1152(unsigned x) { return g1153(x * 17u + 1152); }
__attribute__((noinline)) unsigned g1153(unsigned x) { return g1154(x * 19u + 1153); }
__attribute__((noinline)) unsigned g1154(unsigned x) { return g1155(x * 21u + 1154); }
__attribute__((noinline)) unsigned g1155(unsigned x) { return g1156(x * 23u + 1155); }
__attribute__((noinline)) unsigned g1156(unsigned x) { return g1157(x * 25u + 1156); }
__attribute__((noinline)) unsigned g1157(unsigned x) { return g1158(x * 1u + 1157); }
__attribute__((noinline)) unsigned g1158(unsigned x) { return g1159(x * 3u + 1158); }
__attribute__((noinline)) unsigned g1159(unsigned x) { return g1160(x * 5u + 1159); }
__attribute__((noinline)) unsigned g1160(unsigned x) { return g1161(x * 7u + 1160); }
__attribute__((noinline)) unsigned g1161(unsigned x) { return g1162(x * 9u + 1161); }
__attribute__((noinline)) unsigned g1162(unsigned x) { return g1163(x * 11u + 1162); }
__attribute__((noinline)) unsigned g1163(unsigned x) { return g1164(x * 13u + 1163); }
__attribute__((noinline)) unsigned g1164(unsigned x) { return g1165(x * 15u + 1164); }
__attribute__((noinline)) unsigned g1165(unsigned x) { return g1166(x * 17u + 1165); }
__attribute__((noinline)) unsigned g1166(unsigned x) { return g1167(x * 19u + 1166); }
__attribute__((noinline)) unsigned g1167(unsigned x) { return g1168(x * 21u + 1167); }
__attribute__((noinline)) unsigned g1168(unsigned x) { return g1169(x * 23u + 1168); }
__attribute__((noinline)) unsigned g1169(unsigned x) { return g1170(x * 25u + 1169); }
__attribute__((noinline)) unsigned g1170(unsigned x) { return g1171(x * 1u + 1170); }
__attribute__((noinline)) unsigned g1171(unsigned x) { return g1172(x * 3u + 1171); }
__attribute__((noinline)) unsigned g1172(unsigned x) { return g1173(x * 5u + 1172); }
__attribute__((noinline)) unsigned g1173(unsigned x) { return g1174(x * 7u + 1173); }
__attribute__((noinline)) unsigned g1174(unsigned x) { return g1175(x * 9u + 1174); }
__attribute__((noinline)) unsigned g1175(unsigned x) { return g1176(x * 11u + 1175); }
__attribute__((noinline)) unsigned g1176(unsigned x) { return g1177(x * 13u + 1176); }
__attribute__((noinline)) unsigned g1177(unsigned x) { return g1178(x * 15u + 1177); }
__attribute__((noinline)) unsigned g1178(unsigned x) { return g1179(x * 17u + 1178); }
__attribute__((noinline)) unsigned g1179(unsigned x) { return g1180(x * 19u + 1179); }
__attribute__((noinline)) unsigned g1180(unsigned x) { return g1181(x * 21u + 1180); }
__attribute__((noinline)) unsigned g1181(unsigned x) { return g1182(x * 23u + 1181); }
__attribute__((noinline)) unsigned g1182(unsigned x) { return g1183(x * 25u + 1182); }
__attribute__((noinline)) unsigned g1183(unsigned x) { return g1184(x * 1u + 1183); }
__attribute__((noinline)) unsigned g1184(unsigned x) { return g1185(x * 3u + 1184); }
__attribute__((noinline)) unsigned g1185(unsigned x) { return g1186(x * 5u + 1185); }
__attribute__((noinline)) unsigned g1186(unsigned x) { return g1187(x * 7u + 1186); }
__attribute__((noinline)) unsigned g1187(unsigned x) { return g1188(x * 9u + 1187); }
__attribute__((noinline)) unsigned g1188(unsigned x) { return g1189(x * 11u + 1188); }
__attribute__((noinline)) unsigned g1189(unsigned x) { return g1190(x * 13u + 1189); }
__attribute__((noinline)) unsigned g1190(unsigned x) { return g1191(x * 15u + 1190); }
__attribute__((noinline)) unsigned g1191(unsigned x) { return g1192(x * 17u + 1191); }
__attribute__((noinline)) unsigned g1192(unsigned x) { return g1193(x * 19u + 1192); }
__attribute__((noinline)) unsigned g1193(unsigned x) { return g1194(x * 21u + 1193); }
__attribute__((noinline)) unsigned g1194(unsigned x) { return g1195(x * 23u + 1194); }
__attribute__((noinline)) unsigned g1195(unsigned x) { return g1196(x * 25u + 1195); }
__attribute__((noinline)) unsigned g1196(unsigned x) { return g1197(x * 1u + 1196); }
__attribute__((noinline)) unsigned g1197(unsigned x) { return g1198(x * 3u + 1197); }
__attribute__((noinline)) unsigned g1198(unsigned x) { return g1199(x * 5u + 1198); }
__attribute__((noinline)) unsigned g1199(unsigned x) { return x ^ 1199; }
__attribute__((noinline)) unsigned g1200(unsigned x) { return g1201(x * 9u + 1200); }
__attribute__((noinline)) unsigned g1201(unsigned x) { return g1202(x * 11u + 1201); }
__attribute__((noinline)) unsigned g1202(unsigned x) { return g1203(x * 13u + 1202); }
__attribute__((noinline)) unsigned g1203(unsigned x) { return g1204(x * 15u + 1203); }
__attribute__((noinline)) unsigned g1204(unsigned x) { return g1205(x * 17u + 1204); }
__attribute__((noinline)) unsigned g1205(unsigned x) { return g1206(x * 19u + 1205); }
__attribute__((noinline)) unsigned g1206(unsigned x) { return g1207(x * 21u + 1206); }
__attribute__((noinline)) unsigned g1207(unsigned x) { return g1208(x * 23u + 1207); }
__attribute__((noinline)) unsigned g1208(unsigned x) { return g1209(x * 25u + 1208); }
__attribute__((noinline)) unsigned g1209(unsigned x) { return g1210(x * 1u + 1209); }
__attribute__((noinline)) unsigned g1210(unsigned x) { return g1211(x * 3u + 1210); }
__attribute__((noinline)) unsigned g1211(unsigned x) { return g1212(x * 5u + 1211); }
__attribute__((noinline)) unsigned g1212(unsigned x) { return g1213(x * 7u + 1212); }
__attribute__((noinline)) unsigned g1213(unsigned x) { return g1214(x * 9u + 1213); }
__attribute__((noinline)) unsigned g1214(unsigned x) { return g1215(x * 11u + 1214); }
__attribute__((noinline)) unsigned g1215(unsigned x) { return g1216(x * 13u + 1215); }
__attribute__((noinline)) unsigned g1216(unsigned x) { return g1217(x * 15u + 1216); }
__attribute__((noinline)) unsigned g1217(unsigned x) { return g1218(x * 17u + 1217); }
__attribute__((noinline)) unsigned g1218(unsigned x) { return g1219(x * 19u + 1218); }
__attribute__((noinline)) unsigned g1219(unsigned x) { return g1220(x * 21u + 1219); }
__attribute__((noinline)) unsigned g1220(unsigned x) { return g1221(x * 23u + 1220); }
__attribute__((noinline)) unsigned g1221(unsigned x) { return g1222(x * 25u + 1221); }
__attribute__((noinline)) unsigned g1222(unsigned x) { return g1223(x * 1u + 1222); }
__attribute__((noinline)) unsigned g1223(unsigned x) { return g1224(x * 3u + 1223); }
__attribute__((noinline)) unsigned g1224(unsigned x) { return g1225(x * 5u + 1224); }
__attribute__((noinline)) unsigned g1225(unsigned x) { return g1226(x * 7u + 1225); }
__attribute__((noinline)) unsigned g1226(unsigned x) { return g1227(x * 9u + 1226); }
__attribute__((noinline)) unsigned g1227(unsigned x) { return g1228(x * 11u + 1227); }
__attribute__((noinline)) unsigned g1228(unsigned x) { return g1229(x * 13u + 1228); }
__attribute__((noinline)) unsigned g1229(unsigned x) { return g1230(x * 15u + 1229); }
__attribute__((noinline)) unsigned g1230(unsigned x) { return g1231(x * 17u + 1230); }
__attribute__((noinline)) unsigned g1231(unsigned x) { return g1232(x * 19u + 1231); }
__attribute__((noinline)) unsigned g1232(unsigned x) { return g1233(x * 21u + 1232); }
__attribute__((noinline)) unsigned g1233(unsigned x) { return g1234(x * 23u + 1233); }
__attribute__((noinline)) unsigned g1234(unsigned x) { return g1235(x * 25u + 1234); }
__attribute__((noinline)) unsigned g1235(unsigned x) { return g1236(x * 1u + 1235); }
__attribute__((noinline)) unsigned g1236(unsigned x) { return g1237(x * 3u + 1236); }
__attribute__((noinline)) unsigned g1237(unsigned x) { return g1238(x * 5u + 1237); }
__attribute__((noinline)) unsigned g1238(unsigned x) { return g1239(x * 7u + 1238); }
__attribute__((noinline)) unsigned g1239(unsigned x) { return g1240(x * 9u + 1239); }
__attribute__((noinline)) unsigned g1240(unsigned x) { return g1241(x * 11u + 1240); }
__attribute__((noinline)) unsigned g1241(unsigned x) { return g1242(x * 13u + 1241); }
__attribute__((noinline)) unsigned g1242(unsigned x) { return g1243(x * 15u + 1242); }
__attribute__((noinline)) unsigned g1243(unsigned x) { return g1244(x * 17u + 1243); }
__attribute__((noinline)) unsigned g1244(unsigned x) { return g1245(x * 19u + 1244); }
__attribute__((noinline)) unsigned g1245(unsigned x) { return g1246(x * 21u + 1245); }
__attribute__((noinline)) unsigned g1246(unsigned x) { return g1247(x * 23u + 1246); }
__attribute__((noinline)) unsigned g1247(unsigned x) { return g1248(x * 25u + 1247); }
__attribute__((noinline)) unsigned g1248(unsigned x) { return g1249(x * 1u + 1248); }
__attribute__((noinline)) unsigned g1249(unsigned x) { return x ^ 1249; }
__attribute__((noinline)) unsigned g1250(unsigned x) { return g1251(x * 5u + 1250); }
__attribute__((noinline)) unsigned g1251(unsigned x) { return g1252(x * 7u + 1251); }
__attribute__((noinline)) unsigned g1252(unsigned x) { return g1253(x * 9u + 1252); }
__attribute__((noinline)) unsigned g1253(unsigned x) { return g1254(x * 11u + 1253); }
__attribute__((noinline)) unsigned g1254(unsigned x) { return g1255(x * 13u + 1254); }
__attribute__((noinline)) unsigned g1255(unsigned x) { return g1256(x * 15u + 1255); }
__attribute__((noinline)) unsigned g1256(unsigned x) { return g1257(x * 17u + 1256); }
__attribute__((noinline)) unsigned g1257(unsigned x) { return g1258(x * 19u + 1257); }
__attribute__((noinline)) unsigned g1258(unsigned x) { return g1259(x * 21u + 1258); }
__attribute__((noinline)) unsigned g1259(unsigned x) { return g1260(x * 23u + 1259); }
__attribute__((noinline)) unsigned g1260(unsigned x) { return g1261(x * 25u + 1260); }
__attribute__((noinline)) unsigned g1261(unsigned x) { return g1262(x * 1u + 1261); }
__attribute__((noinline)) unsigned g1262(unsigned x) { return g1263(x * 3u + 1262); }
__attribute__((noinline)) unsigned g1263(unsigned x) { return g1264(x * 5u + 1263); }
__attribute__((noinline)) unsigned g1264(unsigned x) { return g1265(x * 7u + 1264); }
__attribute__((noinline)) unsigned g1265(unsigned x) { return g1266(x * 9u + 1265); }
__attribute__((noinline)) unsigned g1266(unsigned x) { return g1267(x * 11u + 1266); }
__attribute__((noinline)) unsigned g1267(unsigned x) { return g1268(x * 13u + 1267); }
__attribute__((noinline)) unsigned g1268(unsigned x) { return g1269(x * 15u + 1268); }
__attribute__((noinline)) unsigned g1269(unsigned x) { return g1270(x * 17u + 1269); }
__attribute__((noinline)) unsigned g1270(unsigned x) { return g1271(x * 19u + 1270); }
__attribute__((noinline)) unsigned g1271(unsigned x) { return g1272(x * 21u + 1271); }
__attribute__((noinline)) unsigned g1272(unsigned x) { return g1273(x * 23u + 1272); }
__attribute__((noinline)) unsigned g1273(unsigned x) { return g1274(x * 25u + 1273); }
__attribute__((noinline)) unsigned g1274(unsigned x) { return g1275(x * 1u + 1274); }
__attribute__((noinline)) unsigned g1275(unsigned x) { return g1276(x * 3u + 1275); }
__attribute__((noinline)) unsigned g1276(unsigned x) { return g1277(x * 5u + 1276); }
__attribute__((noinline)) unsigned g1277(unsigned x) { return g1278(x * 7u + 1277); }
__attribute__((noinline)) unsigned g1278(unsigned x) { return g1279(x * 9u + 1278); }
__attribute__((noinline)) unsigned g1279(unsigned x) { return g1280(x * 11u + 1279); }
__attribute__((noinline)) unsigned g1280(unsigned x) { return g1281(x * 13u + 1280); }
__attribute__((noinline)) unsigned g1281(unsigned x) { return g1282(x * 15u + 1281); }
__attribute__((noinline)) unsigned g1282(unsigned x) { return g1283(x * 17u + 1282); }
__attribute__((noinline)) unsigned g1283(unsigned x) { return g1284(x * 19u + 1283); }
__attribute__((noinline)) unsigned g1284(unsigned x) { return g1285(x * 21u + 1284); }
__attribute__((noinline)) unsigned g1285(unsigned x) { return g1286(x * 23u + 1285); }
__attribute__((noinline)) unsigned g1286(unsigned x) { return g1287(x * 25u + 1286); }
__attribute__((noinline)) unsigned g1287(unsigned x) { return g1288(x * 1u + 1287); }
__attribute__((noinline)) unsigned g1288(unsigned x) { return g1289(x * 3u + 1288); }
__attribute__((noinline)) unsigned g1289(unsigned x) { return g1290(x * 5u + 1289); }
__attribute__((noinline)) unsigned g1290(unsigned x) { return g1291(x * 7u + 1290); }
__attribute__((noinline)) unsigned g1291(unsigned x) { return g1292(x * 9u + 1291); }
__attribute__((noinline)) unsigned g1292(unsigned x) { return g1293(x * 11u + 1292); }
__attribute__((noinline)) unsigned g1293(unsigned x) { return g1294(x * 13u + 1293); }
__attribute__((noinline)) unsigned g1294(unsigned x) { return g1295(x * 15u + 1294); }
__attribute__((noinline)) unsigned g1295(unsigned x) { return g1296(x * 17u + 1295); }
__attribute__((noinline)) unsigned g1296(unsigned x) { return g1297(x * 19u + 1296); }
__attribute__((noinline)) unsigned g1297(unsigned x) { return g1298(x * 21u + 1297); }
__attribute__((noinline)) unsigned g1298(unsigned x) { return g1299(x * 23u + 1298); }
__attribute__((noinline)) unsigned g1299(unsigned x) { return x ^ 1299; }
__attribute__((noinline)) unsigned g1300(unsigned x) { return g1301(x * 1u + 1300); }
__attribute__((noinline)) unsigned g1301(unsigned x) { return g1302(x * 3u + 1301); }
__attribute__((noinline)) unsigned g1302(unsigned x) { return g1303(x * 5u + 1302); }
__attribute__((noinline)) unsigned g1303(unsigned x) { return g1304(x * 7u + 1303); }
__attribute__((noinline)) unsigned g1304(unsigned x) { return g1305(x * 9u + 1304); }
__attribute__((noinline)) unsigned g1305(unsigned x) { return g1306(x * 11u + 1305); }
__attribute__((noinline)) unsigned g1306(unsigned x) { return g1307(x * 13u + 1306); }
__attribute__((noinline)) unsigned g1307(unsigned x) { return g1308(x * 15u + 1307); }
__attribute__((noinline)) unsigned g1308(unsigned x) { return g1309(x * 17u + 1308); }
__attribute__((noinline)) unsigned g1309(unsigned x) { return g1310(x * 19u + 1309); }
__attribute__((noinline)) unsigned g1310(unsigned x) { return g1311(x * 21u + 1310); }
__attribute__((noinline)) unsigned g1311(unsigned x) { return g1312(x * 23u + 1311); }
__attribute__((noinline)) unsigned g1312(unsigned x) { return g1313(x * 25u + 1312); }
__attribute__((noinline)) unsigned g1313(unsigned x) { return g1314(x * 1u + 1313); }
__attribute__((noinline)) unsigned g1314(unsigned x) { return g1315(x * 3u + 1314); }
__attribute__((noinline)) unsigned g1315(unsigned x) { return g1316(x * 5u + 1315); }
__attribute__((noinline)) unsigned g1316(unsigned x) { return g1317(x * 7u + 1316); }
__attribute__((noinline)) unsigned g1317(unsigned x) { return g1318(x * 9u + 1317); }
__attribute__((noinline)) unsigned g1318(unsigned x) { return g1319(x * 11u + 1318); }
__attribute__((noinline)) unsigned g1319(unsigned x) { return g1320(x * 13u + 1319); }
__attribute__((noinline)) unsigned g1320(unsigned x) { return g1321(x * 15u + 1320); }
__attribute__((noinline)) unsigned g1321(unsigned x) { return g1322(x * 17u + 1321); }
__attribute__((noinline)) unsigned g1322(unsigned x) { return g1323(x * 19u + 1322); }
__attribute__((noinline)) unsigned g1323(unsigned x) { return g1324(x * 21u + 1323); }
__attribute__((noinline)) unsigned g1324(unsigned x) { return g1325(x * 23u + 1324); }
__attribute__((noinline)) unsigned g1325(unsigned x) { return g1326(x * 25u + 1325); }
__attribute__((noinline)) unsigned g1326(unsigned x) { return g1327(x * 1u + 1326); }
__attribute__((noinline)) unsigned g1327(unsigned x) { return g1328(x * 3u + 1327); }
__attribute__((noinline)) unsigned g1328(unsigned x) { return g1329(x * 5u + 1328); }
__attribute__((noinline)) unsigned g1329(unsigned x) { return g1330(x * 7u + 1329); }
__attribute__((noinline)) unsigned g1330(unsigned x) { return g1331(x * 9u + 1330); }
__attribute__((noinline)) unsigned g1331(unsigned x) { return g1332(x * 11u + 1331); }
__attribute__((noinline)) unsigned g1332(unsigned x) { return g1333(x * 13u + 1332); }
__attribute__((noinline)) unsigned g1333(unsigned x) { return g1334(x * 15u + 1333); }
__attribute__((noinline)) unsigned g1334(unsigned x) { return g1335(x * 17u + 1334); }
__attribute__((noinline)) unsigned g1335(unsigned x) { return g1336(x * 19u + 1335); }
__attribute__((noinline)) unsigned g1336(unsigned x) { return g1337(x * 21u + 1336); }
__attribute__((noinline)) unsigned g1337(unsigned x) { return g1338(x * 23u + 1337); }
__attribute__((noinline)) unsigned g1338(unsigned x) { return g1339(x * 25u + 1338); }
__attribute__((noinline)) unsigned g1339(unsigned x) { return g1340(x * 1u + 1339); }
__attribute__((noinline)) unsigned g1340(unsigned x) { return g1341(x * 3u + 1340); }
__attribute__((noinline)) unsigned g1341(unsigned x) { return g1342(x * 5u + 1341); }
__attribute__((noinline)) unsigned g1342(unsigned x) { return g1343(x * 7u + 1342); }
__attribute__((noinline)) unsigned g1343(unsigned x) { return g1344(x * 9u + 1343); }
__attribute__((noinline)) unsigned g1344(unsigned x) { return g1345(x * 11u + 1344); }
__attribute__((noinline)) unsigned g1345(unsigned x) { return g1346(x * 13u + 1345); }
__attribute__((noinline)) unsigned g1346(unsigned x) { return g1347(x * 15u + 1346); }
__attribute__((noinline)) unsigned g1347(unsigned x) { return g1348(x * 17u + 1347); }
__attribute__((noinline)) unsigned g1348(unsigned x) { return g1349(x * 19u + 1348); }
__attribute__((noinline)) unsigned g1349(unsigned x) { return x ^ 1349; }
__attribute__((noinline)) unsigned g1350(unsigned x) { return g1351(x * 23u + 1350); }
__attribute__((noinline)) unsigned g1351(unsigned x) { return g1352(x * 25u + 1351); }
__attribute__((noinline)) unsigned g1352(unsigned x) { return g1353(x * 1u + 1352); }
__attribute__((noinline)) unsigned g1353(unsigned x) { return g1354(x * 3u + 1353); }
__attribute__((noinline)) unsigned g1354(unsigned x) { return g1355(x * 5u + 1354); }
__attribute__((noinline)) unsigned g1355(unsigned x) { return g1356(x * 7u + 1355); }
__attribute__((noinline)) unsigned g1356(unsigned x) { return g1357(x * 9u + 1356); }
__attribute__((noinline)) unsigned g1357(unsigned x) { return g1358(x * 11u + 1357); }
__attribute__((noinline)) unsigned g1358(unsigned x) { return g1359(x * 13u + 1358); }
__attribute__((noinline)) unsigned g1359(unsigned x) { return g1360(x * 15u + 1359); }
__attribute__((noinline)) unsigned g1360(unsigned x) { return g1361(x * 17u + 1360); }
__attribute__((noinline)) unsigned g1361(unsigned x) { return g1362(x * 19u + 1361); }
__attribute__((noinline)) unsigned g1362(unsigned x) { return g1363(x * 21u + 1362); }
__attribute__((noinline)) unsigned g1363(unsigned x) { return g1364(x * 23u + 1363); }
__attribute__((noinline)) unsigned g1364(unsigned x) { return g1365(x * 25u + 1364); }
__attribute__((noinline)) unsigned g1365(unsigned x) { return g1366(x * 1u + 1365); }
__attribute__((noinline)) unsigned g1366(unsigned x) { return g1367(x * 3u + 1366); }
__attribute__((noinline)) unsigned g1367(unsigned x) { return g1368(x * 5u + 1367); }
__attribute__((noinline)) unsigned g1368(unsigned x) { return g1369(x * 7u + 1368); }
__attribute__((noinline)) unsigned g1369(unsigned x) { return g1370(x * 9u + 1369); }
__attribute__((noinline)) unsigned g1370(unsigned x) { return g1371(x * 11u + 1370); }
__attribute__((noinline)) unsigned g1371(unsigned x) { return g1372(x * 13u + 1371); }
__attribute__((noinline)) unsigned g1372(unsigned x) { return g1373(x * 15u + 1372); }
__attribute__((noinline)) unsigned g1373(unsigned x) { return g1374(x * 17u + 1373); }
__attribute__((noinline)) unsigned g1374(unsigned x) { return g1375(x * 19u + 1374); }
__attribute__((noinline)) unsigned g1375(unsigned x) { return g1376(x * 21u + 1375); }
__attribute__((noinline)) unsigned g1376(unsigned x) { return g1377(x * 23u + 1376); }
__attribute__((noinline)) unsigned g1377(unsigned x) { return g1378(x * 25u + 1377); }
__attribute__((noinline)) unsigned g1378(unsigned x) { return g1379(x * 1u + 1378); }
__attribute__((noinline)) unsigned g1379(unsigned x) { return g1380(x * 3u + 1379); }
__attribute__((noinline)) unsigned g1380(unsigned x) { return g1381(x * 5u + 1380); }
__attribute__((noinline)) unsigned g1381(unsigned x) { return g1382(x * 7u + 1381); }
__attribute__((noinline)) unsigned g1382(unsigned x) { return g1383(x * 9u + 1382); }
__attribute__((noinline)) unsigned g1383(unsigned x) { return g1384(x * 11u + 1383); }
__attribute__((noinline)) unsigned g1384(unsigned x) { return g1385(x * 13u + 1384); }
__attribute__((noinline)) unsigned g1385(unsigned x) { return g1386(x * 15u + 1385); }
__attribute__((noinline)) unsigned g1386(unsigned x) { return g1387(x * 17u + 1386); }
__attribute__((noinline)) unsigned g1387(unsigned x) { return g1388(x * 19u + 1387); }
__attribute__((noinline)) unsigned g1388(unsigned x) { return g1389(x * 21u + 1388); }
__attribute__((noinline)) unsigned g1389(unsigned x) { return g1390(x * 23u + 1389); }
__attribute__((noinline)) unsigned g1390(unsigned x) { return g1391(x * 25u + 1390); }
__attribute__((noinline)) unsigned g1391(unsigned x) { return g1392(x * 1u + 1391); }
__attribute__((noinline)) unsigned g1392(unsigned x) { return g1393(x * 3u + 1392); }
__attribute__((noinline)) unsigned g1393(unsigned x) { return g1394(x * 5u + 1393); }
__attribute__((noinline)) unsigned g1394(unsigned x) { return g1395(x * 7u + 1394); }
__attribute__((noinline)) unsigned g1395(unsigned x) { return g1396(x * 9u + 1395); }
__attribute__((noinline)) unsigned g1396(unsigned x) { return g1397(x * 11u + 1396); }
__attribute__((noinline)) unsigned g1397(unsigned x) { return g1398(x * 13u + 1397); }
__attribute__((noinline)) unsigned g1398(unsigned x) { return g1399(x * 15u + 1398); }
__attribute__((noinline)) unsigned g1399(unsigned x) { return x ^ 1399; }
__attribute__((noinline)) unsigned g1400(unsigned x) { return g1401(x * 19u + 1400); }
__attribute__((noinline)) unsigned g1401(unsigned x) { return g1402(x * 21u + 1401); }
__attribute__((noinline)) unsigned g1402(unsigned x) { return g1403(x * 23u + 1402); }
__attribute__((noinline)) unsigned g1403(unsigned x) { return g1404(x * 25u + 1403); }
__attribute__((noinline)) unsigned g1404(unsigned x) { return g1405(x * 1u + 1404); }
__attribute__((noinline)) unsigned g1405(unsigned x) { return g1406(x * 3u + 1405); }
__attribute__((noinline)) unsigned g1406(unsigned x) { return g1407(x * 5u + 1406); }
__attribute__((noinline)) unsigned g1407(unsigned x) { return g1408(x * 7u + 1407); }
__attribute__((noinline)) unsigned g1408(unsigned x) { return g1409(x * 9u + 1408); }
__attribute__((noinline)) unsigned g1409(unsigned x) { return g1410(x * 11u + 1409); }
__attribute__((noinline)) unsigned g1410(unsigned x) { return g1411(x * 13u + 1410); }
__attribute__((noinline)) unsigned g1411(unsigned x) { return g1412(x * 15u + 1411); }
__attribute__((noinline)) unsigned g1412(unsigned x) { return g1413(x * 17u + 1412); }
__attribute__((noinline)) unsigned g1413(unsigned x) { return g1414(x * 19u + 1413); }
__attribute__((noinline)) unsigned g1414(unsigned x) { return g1415(x * 21u + 1414); }
__attribute__((noinline)) unsigned g1415(unsigned x) { return g1416(x * 23u + 1415); }
__attribute__((noinline)) unsigned g1416(unsigned x) { return g1417(x * 25u + 1416); }
__attribute__((noinline)) unsigned g1417(unsigned x) { return g1418(x * 1u + 1417); }
__attribute__((noinline)) unsigned g1418(unsigned x) { return g1419(x * 3u + 1418); }
__attribute__((noinline)) unsigned g1419(unsigned x) { return g1420(x * 5u + 1419); }
__attribute__((noinline)) unsigned g1420(unsigned x) { return g1421(x * 7u + 1420); }
__attribute__((noinline)) unsigned g1421(unsigned x) { return g1422(x * 9u + 1421); }
__attribute__((noinline)) unsigned g1422(unsigned x) { return g1423(x * 11u + 1422); }
__attribute__((noinline)) unsigned g1423(unsigned x) { return g1424(x * 13u + 1423); }
__attribute__((noinline)) unsigned g1424(unsigned x) { return g1425(x * 15u + 1424); }
__attribute__((noinline)) unsigned g1425(unsigned x) { return g1426(x * 17u + 1425); }
__attribute__((noinline)) unsigned g1426(unsigned x) { return g1427(x * 19u + 1426); }
__attribute__((noinline)) unsigned g1427(unsigned x) { return g1428(x * 21u + 1427); }
__attribute__((noinline)) unsigned g1428(unsigned x) { return g1429(x * 23u + 1428); }
__attribute__((noinline)) unsigned g1429(unsigned x) { return g1430(x * 25u + 1429); }
__attribute__((noinline)) unsigned g1430(unsigned x) { return g1431(x * 1u + 1430); }
__attribute__((noinline)) unsigned g1431(unsigned x) { return g1432(x * 3u + 1431); }
__attribute__((noinline)) unsigned g1432(unsigned x) { return g1433(x * 5u + 1432); }
__attribute__((noinline)) unsigned g1433(unsigned x) { return g1434(x * 7u + 1433); }
__attribute__((noinline)) unsigned g1434(unsigned x) { return g1435(x * 9u + 1434); }
__attribute__((noinline)) unsigned g1435(unsigned x) { return g1436(x * 11u + 1435); }
__attribute__((noinline)) unsigned g1436(unsigned x) { return g1437(x * 13u + 1436); }
__attribute__((noinline)) unsigned g1437(unsigned x) { return g1438(x * 15u + 1437); }
__attribute__((noinline)) unsigned g1438(unsigned x) { return g1439(x * 17u + 1438); }
__attribute__((noinline)) unsigned g1439(unsigned x) { return g1440(x * 19u + 1439); }
__attribute__((noinline)) unsigned g1440(unsigned x) { return g1441(x * 21u + 1440); }
__attribute__((noinline)) unsigned g1441(unsigned x) { return g1442(x * 23u + 1441); }
__attribute__((noinline)) unsigned g1442(unsigned x) { return g1443(x * 25u + 1442); }
__attribute__((noinline)) unsigned g1443(unsigned x) { return g1444(x * 1u + 1443); }
__attribute__((noinline)) unsigned g1444(unsigned x) { return g1445(x * 3u + 1444); }
__attribute__((noinline)) unsigned g1445(unsigned x) { return g1446(x * 5u + 1445); }
__attribute__((noinline)) unsigned g1446(unsigned x) { return g1447(x * 7u + 1446); }
__attribute__((noinline)) unsigned g1447(unsigned x) { return g1448(x * 9u + 1447); }
__attribute__((noinline)) unsigned g1448(unsigned x) { return g1449(x * 11u + 1448); }
__attribute__((noinline)) unsigned g1449(unsigned x) { return x ^ 1449; }
__attribute__((noinline)) unsigned g1450(unsigned x) { return g1451(x * 15u + 1450); }
__attribute__((noinline)) unsigned g1451(unsigned x) { return g1452(x * 17u + 1451); }
__attribute__((noinline)) unsigned g1452(unsigned x) { return g1453(x * 19u + 1452); }
__attribute__((noinline)) unsigned g1453(unsigned x) { return g1454(x * 21u + 1453); }
__attribute__((noinline)) unsigned g1454(unsigned x) { return g1455(x * 23u + 1454); }
__attribute__((noinline)) unsigned g1455(unsigned x) { return g1456(x * 25u + 1455); }
__attribute__((noinline)) unsigned g1456(unsigned x) { return g1457(x * 1u + 1456); }
__attribute__((noinline)) unsigned g1457(unsigned x) { return g1458(x * 3u + 1457); }
__attribute__((noinline)) unsigned g1458(unsigned x) { return g1459(x * 5u + 1458); }
__attribute__((noinline)) unsigned g1459(unsigned x) { return g1460(x * 7u + 1459); }
__attribute__((noinline)) unsigned g1460(unsigned x) { return g1461(x * 9u + 1460); }
__attribute__((noinline)) unsigned g1461(unsigned x) { return g1462(x * 11u + 1461); }
__attribute__((noinline)) unsigned g1462(unsigned x) { return g1463(x * 13u + 1462); }
__attribute__((noinline)) unsigned g1463(unsigned x) { return g1464(x * 15u + 1463); }
__attribute__((noinline)) unsigned g1464(unsigned x) { return g1465(x * 17u + 1464); }
__attribute__((noinline)) unsigned g1465(unsigned x) { return g1466(x * 19u + 1465); }
__attribute__((noinline)) unsigned g1466(unsigned x) { return g1467(x * 21u + 1466); }
__attribute__((noinline)) unsigned g1467(unsigned x) { return g1468(x * 23u + 1467); }
__attribute__((noinline)) unsigned g1468(unsigned x) { return g1469(x * 25u + 1468); }
__attribute__((noinline)) unsigned g1469(unsigned x) { return g1470(x * 1u + 1469); }
__attribute__((noinline)) unsigned g1470(unsigned x) { return g1471(x * 3u + 1470); }
__attribute__((noinline)) unsigned g1471(unsigned x) { return g1472(x * 5u + 1471); }
__attribute__((noinline)) unsigned g1472(unsigned x) { return g1473(x * 7u + 1472); }
__attribute__((noinline)) unsigned g1473(unsigned x) { return g1474(x * 9u + 1473); }
__attribute__((noinline)) unsigned g1474(unsigned x) { return g1475(x * 11u + 1474); }
__attribute__((noinline)) unsigned g1475(unsigned x) { return g1476(x * 13u + 1475); }
__attribute__((noinline)) unsigned g1476(unsigned x) { return g1477(x * 15u + 1476); }
__attribute__((noinline)) unsigned g1477(unsigned x) { return g1478(x * 17u + 1477); }
__attribute__((noinline)) unsigned g1478(unsigned x) { return g1479(x * 19u + 1478); }
__attribute__((noinline)) unsigned g1479(unsigned x) { return g1480(x * 21u + 1479); }
__attribute__((noinline)) unsigned g1480(unsigned x) { return g1481(x * 23u + 1480); }
__attribute__((noinline)) unsigned g1481(unsigned x) { return g1482(x * 25u + 1481); }
__attribute__((noinline)) unsigned g1482(unsigned x) { return g1483(x * 1u + 1482); }
__attribute__((noinline)) unsigned g1483(unsigned x) { return g1484(x * 3u + 1483); }
__attribute__((noinline)) unsigned g1484(unsigned x) { return g1485(x * 5u + 1484); }
__attribute__((noinline)) unsigned g1485(unsigned x) { return g1486(x * 7u + 1485); }
__attribute__((noinline)) unsigned g1486(unsigned x) { return g1487(x * 9u + 1486); }
__attribute__((noinline)) unsigned g1487(unsigned x) { return g1488(x * 11u + 1487); }
__attribute__((noinline)) unsigned g1488(unsigned x) { return g1489(x * 13u + 1488); }
__attribute__((noinline)) unsigned g1489(unsigned x) { return g1490(x * 15u + 1489); }
__attribute__((noinline)) unsigned g1490(unsigned x) { return g1491(x * 17u + 1490); }
__attribute__((noinline)) unsigned g1491(unsigned x) { return g1492(x * 19u + 1491); }
__attribute__((noinline)) unsigned g1492(unsigned x) { return g1493(x * 21u + 1492); }
__attribute__((noinline)) unsigned g1493(unsigned x) { return g1494(x * 23u + 1493); }
__attribute__((noinline)) unsigned g1494(unsigned x) { return g1495(x * 25u + 1494); }
__attribute__((noinline)) unsigned g1495(unsigned x) { return g1496(x * 1u + 1495); }
__attribute__((noinline)) unsigned g1496(unsigned x) { return g1497(x * 3u + 1496); }
__attribute__((noinline)) unsigned g1497(unsigned x) { return g1498(x * 5u + 1497); }
__attribute__((noinline)) unsigned g1498(unsigned x) { return g1499(x * 7u + 1498); }
__attribute__((noinline)) unsigned g1499(unsigned x) { return x ^ 1499; }
__attribute__((noinline)) unsigned g1500(unsigned x) { return g1501(x * 11u + 1500); }
__attribute__((noinline)) unsigned g1501(unsigned x) { return g1502(x * 13u + 1501); }
__attribute__((noinline)) unsigned g1502(unsigned x) { return g1503(x * 15u + 1502); }
__attribute__((noinline)) unsigned g1503(unsigned x) { return g1504(x * 17u + 1503); }
__attribute__((noinline)) unsigned g1504(unsigned x) { return g1505(x * 19u + 1504); }
__attribute__((noinline)) unsigned g1505(unsigned x) { return g1506(x * 21u + 1505); }
__attribute__((noinline)) unsigned g1506(unsigned x) { return g1507(x * 23u + 1506); }
__attribute__((noinline)) unsigned g1507(unsigned x) { return g1508(x * 25u + 1507); }
__attribute__((noinline)) unsigned g1508(unsigned x) { return g1509(x * 1u + 1508); }
__attribute__((noinline)) unsigned g1509(unsigned x) { return g1510(x * 3u + 1509); }
__attribute__((noinline)) unsigned g1510(unsigned x) { return g1511(x * 5u + 1510); }
__attribute__((noinline)) unsigned g1511(unsigned x) { return g1512(x * 7u + 1511); }
__attribute__((noinline)) unsigned g1512(unsigned x) { return g1513(x * 9u + 1512); }
__attribute__((noinline)) unsigned g1513(unsigned x) { return g1514(x * 11u + 1513); }
__attribute__((noinline)) unsigned g1514(unsigned x) { return g1515(x * 13u + 1514); }
__attribute__((noinline)) unsigned g1515(unsigned x) { return g1516(x * 15u + 1515); }
__attribute__((noinline)) unsigned g1516(unsigned x) { return g1517(x * 17u + 1516); }
__attribute__((noinline)) unsigned g1517(unsigned x) { return g1518(x * 19u + 1517); }
__attribute__((noinline)) unsigned g1518(unsigned x) { return g1519(x * 21u + 1518); }
__attribute__((noinline)) unsigned g1519(unsigned x) { return g1520(x * 23u + 1519); }
__attribute__((noinline)) unsigned g1520(unsigned x) { return g1521(x * 25u + 1520); }
__attribute__((noinline)) unsigned g1521(unsigned x) { return g1522(x * 1u + 1521); }
__attribute__((noinline)) unsigned g1522(unsigned x) { return g1523(x * 3u + 1522); }
__attribute__((noinline)) unsigned g1523(unsigned x) { return g1524(x * 5u + 1523); }
__attribute__((noinline)) unsigned g1524(unsigned x) { return g1525(x * 7u + 1524); }
__attribute__((noinline)) unsigned g1525(unsigned x) { return g1526(x * 9u + 1525); }
__attribute__((noinline)) unsigned g1526(unsigned x) { return g1527(x * 11u + 1526); }
__attribute__((noinline)) unsigned g1527(unsigned x) { return g1528(x * 13u + 1527); }
__attribute__((noinline)) unsigned g1528(unsigned x) { return g1529(x * 15u + 1528); }
__attribute__((noinline)) unsigned g1529(unsigned x) { return g1530(x * 17u + 1529); }
__attribute__((noinline)) unsigned g1530(unsigned x) { return g1531(x * 19u + 1530); }
__attribute__((noinline)) unsigned g1531(unsigned x) { return g1532(x * 21u + 1531); }
__attribute__((noinline)) unsigned g1532(unsigned x) { return g1533(x * 23u + 1532); }
__attribute__((noinline)) unsigned g1533(unsigned x) { return g1534(x * 25u + 1533); }
__attribute__((noinline)) unsigned g1534(unsigned x) { return g1535(x * 1u + 1534); }
__attribute__((noinline)) unsigned g1535(unsigned x) { return g1536(x * 3u + 1535); }
__attribute__((noinline)) unsigned g1536(unsigned x) { return g1537(x * 5u + 1536); }
__attribute__((noinline)) unsigned g1537(unsigned x) { return g1538(x * 7u + 1537); }
__attribute__((noinline)) unsigned g1538(unsigned x) { return g1539(x * 9u + 1538); }
__attribute__((noinline)) unsigned g1539(unsigned x) { return g1540(x * 11u + 1539); }
__attribute__((noinline)) unsigned g1540(unsigned x) { return g1541(x * 13u + 1540); }
__attribute__((noinline)) unsigned g1541(unsigned x) { return g1542(x * 15u + 1541); }
__attribute__((noinline)) unsigned g1542(unsigned x) { return g1543(x * 17u + 1542); }
__attribute__((noinline)) unsigned g1543(unsigned x) { return g1544(x * 19u + 1543); }
__attribute__((noinline)) unsigned g1544(unsigned x) { return g1545(x * 21u + 1544); }
__attribute__((noinline)) unsigned g1545(unsigned x) { return g1546(x * 23u + 1545); }
__attribute__((noinline)) unsigned g1546(unsigned x) { return g1547(x * 25u + 1546); }
__attribute__((noinline)) unsigned g1547(unsigned x) { return g1548(x * 1u + 1547); }
__attribute__((noinline)) unsigned g1548(unsigned x) { return g1549(x * 3u + 1548); }
__attribute__((noinline)) unsigned g1549(unsigned x) { return x ^ 1549; }
__attribute__((noinline)) unsigned g1550(unsigned x) { return g1551(x * 7u + 1550); }
__attribute__((noinline)) unsigned g1551(unsigned x) { return g1552(x * 9u + 1551); }
__attribute__((noinline)) unsigned g1552(unsigned x) { return g1553(x * 11u + 1552); }
__attribute__((noinline)) unsigned g1553(unsigned x) { return g1554(x * 13u + 1553); }
__attribute__((noinline)) unsigned g1554(unsigned x) { return g1555(x * 15u + 1554); }
__attribute__((noinline)) unsigned g1555(unsigned x) { return g1556(x * 17u + 1555); }
__attribute__((noinline)) unsigned g1556(unsigned x) { return g1557(x * 19u + 1556); }
__attribute__((noinline)) unsigned g1557(unsigned x) { return g1558(x * 21u + 1557); }
__attribute__((noinline)) unsigned g1558(unsigned x) { return g1559(x * 23u + 1558); }
__attribute__((noinline)) unsigned g1559(unsigned x) { return g1560(x * 25u + 1559); }
__attribute__((noinline)) unsigned g1560(unsigned x) { return g1561(x * 1u + 1560); }
__attribute__((noinline)) unsigned g1561(unsigned x) { return g1562(x * 3u + 1561); }
__attribute__((noinline)) unsigned g1562(unsigned x) { return g1563(x * 5u + 1562); }
__attribute__((noinline)) unsigned g1563(unsigned x) { return g1564(x * 7u + 1563); }
__attribute__((noinline)) unsigned g1564(unsigned x) { return g1565(x * 9u + 1564); }
__attribute__((noinline)) unsigned g1565(unsigned x) { return g1566(x * 11u + 1565); }
__attribute__((noinline)) unsigned g1566(unsigned x) { return g1567(x * 13u + 1566); }
__attribute__((noinline)) unsigned g1567(unsigned x) { return g1568(x * 15u + 1567); }
__attribute__((noinline)) unsigned g1568(unsigned x) { return g1569(x * 17u + 1568); }
__attribute__((noinline)) unsigned g1569(unsigned x) { return g1570(x * 19u + 1569); }
__attribute__((noinline)) unsigned g1570(unsigned x) { return g1571(x * 21u + 1570); }
__attribute__((noinline)) unsigned g1571(unsigned x) { return g1572(x * 23u + 1571); }
__attribute__((noinline)) unsigned g1572(unsigned x) { return g1573(x * 25u + 1572); }
__attribute__((noinline)) unsigned g1573(unsigned x) { return g1574(x * 1u + 1573); }
__attribute__((noinline)) unsigned g1574(unsigned x) { return g1575(x * 3u + 1574); }
__attribute__((noinline)) unsigned g1575(unsigned x) { return g1576(x * 5u + 1575); }
__attribute__((noinline)) unsigned g1576(unsigned x) { return g1577(x * 7u + 1576); }
__attribute__((noinline)) unsigned g1577(unsigned x) { return g1578(x * 9u + 1577); }
__attribute__((noinline)) unsigned g1578(unsigned x) { return g1579(x * 11u + 1578); }
__attribute__((noinline)) unsigned g1579(unsigned x) { return g1580(x * 13u + 1579); }
__attribute__((noinline)) unsigned g1580(unsigned x) { return g1581(x * 15u + 1580); }
__attribute__((noinline)) unsigned g1581(unsigned x) { return g1582(x * 17u + 1581); }
__attribute__((noinline)) unsigned g1582(unsigned x) { return g1583(x * 19u + 1582); }
__attribute__((noinline)) unsigned g1583(unsigned x) { return g1584(x * 21u + 1583); }
__attribute__((noinline)) unsigned g1584(unsigned x) { return g1585(x * 23u + 1584); }
__attribute__((noinline)) unsigned g1585(unsigned x) { return g1586(x * 25u + 1585); }
__attribute__((noinline)) unsigned g1586(unsigned x) { return g1587(x * 1u + 1586); }
__attribute__((noinline)) unsigned g1587(unsigned x) { return g1588(x * 3u + 1587); }
__attribute__((noinline)) unsigned g1588(unsigned x) { return g1589(x * 5u + 1588); }
__attribute__((noinline)) unsigned g1589(unsigned x) { return g1590(x * 7u + 1589); }
__attribute__((noinline)) unsigned g1590(unsigned x) { return g1591(x * 9u + 1590); }
__attribute__((noinline)) unsigned g1591(unsigned x) { return g1592(x * 11u + 1591); }
__attribute__((noinline)) unsigned g1592(unsigned x) { return g1593(x * 13u + 1592); }
__attribute__((noinline)) unsigned g1593(unsigned x) { return g1594(x * 15u + 1593); }
__attribute__((noinline)) unsigned g1594(unsigned x) { return g1595(x * 17u + 1594); }
__attribute__((noinline)) unsigned g1595(unsigned x) { return g1596(x * 19u + 1595); }
__attribute__((noinline)) unsigned g1596(unsigned x) { return g1597(x * 21u + 1596); }
__attribute__((noinline)) unsigned g1597(unsigned x) { return g1598(x * 23u + 1597); }
__attribute__((noinline)) unsigned g1598(unsigned x) { return g1599(x * 25u + 1598); }
__attribute__((noinline)) unsigned g1599(unsigned x) { return x ^ 1599; }
__attribute__((noinline)) unsigned g1600(unsigned x) { return g1601(x * 3u + 1600); }
__attribute__((noinline)) unsigned g1601(unsigned x) { return g1602(x * 5u + 1601); }
__attribute__((noinline)) unsigned g1602(unsigned x) { return g1603(x * 7u + 1602); }
__attribute__((noinline)) unsigned g1603(unsigned x) { return g1604(x * 9u + 1603); }
__attribute__((noinline)) unsigned g1604(unsigned x) { return g1605(x * 11u + 1604); }
__attribute__((noinline)) unsigned g1605(unsigned x) { return g1606(x * 13u + 1605); }
__attribute__((noinline)) unsigned g1606(unsigned x) { return g1607(x * 15u + 1606); }
__attribute__((noinline)) unsigned g1607(unsigned x) { return g1608(x * 17u + 1607); }
__attribute__((noinline)) unsigned g1608(unsigned x) { return g1609(x * 19u + 1608); }
__attribute__((noinline)) unsigned g1609(unsigned x) { return g1610(x * 21u + 1609); }
__attribute__((noinline)) unsigned g1610(unsigned x) { return g1611(x * 23u + 1610); }
__attribute__((noinline)) unsigned g1611(unsigned x) { return g1612(x * 25u + 1611); }
__attribute__((noinline)) unsigned g1612(unsigned x) { return g1613(x * 1u + 1612); }
__attribute__((noinline)) unsigned g1613(unsigned x) { return g1614(x * 3u + 1613); }
__attribute__((noinline)) unsigned g1614(unsigned x) { return g1615(x * 5u + 1614); }
__attribute__((noinline)) unsigned g1615(unsigned x) { return g1616(x * 7u + 1615); }
__attribute__((noinline)) unsigned g1616(unsigned x) { return g1617(x * 9u + 1616); }
__attribute__((noinline)) unsigned g1617(unsigned x) { return g1618(x * 11u + 1617); }
__attribute__((noinline)) unsigned g1618(unsigned x) { return g1619(x * 13u + 1618); }
__attribute__((noinline)) unsigned g1619(unsigned x) { return g1620(x * 15u + 1619); }
__attribute__((noinline)) unsigned g1620(unsigned x) { return g1621(x * 17u + 1620); }
__attribute__((noinline)) unsigned g1621(unsigned x) { return g1622(x * 19u + 1621); }
__attribute__((noinline)) unsigned g1622(unsigned x) { return g1623(x * 21u + 1622); }
__attribute__((noinline)) unsigned g1623(unsigned x) { return g1624(x * 23u + 1623); }
__attribute__((noinline)) unsigned g1624(unsigned x) { return g1625(x * 25u + 1624); }
__attribute__((noinline)) unsigned g1625(unsigned x) { return g1626(x * 1u + 1625); }
__attribute__((noinline)) unsigned g1626(unsigned x) { return g1627(x * 3u + 1626); }
__attribute__((noinline)) unsigned g1627(unsigned x) { return g1628(x * 5u + 1627); }
__attribute__((noinline)) unsigned g1628(unsigned x) { return g1629(x * 7u + 1628); }
__attribute__((noinline)) unsigned g1629(unsigned x) { return g1630(x * 9u + 1629); }
__attribute__((noinline)) unsigned g1630(unsigned x) { return g1631(x * 11u + 1630); }
__attribute__((noinline)) unsigned g1631(unsigned x) { return g1632(x * 13u + 1631); }
__attribute__((noinline)) unsigned g1632(unsigned x) { return g1633(x * 15u + 1632); }
__attribute__((noinline)) unsigned g1633(unsigned x) { return g1634(x * 17u + 1633); }
__attribute__((noinline)) unsigned g1634(unsigned x) { return g1635(x * 19u + 1634); }
__attribute__((noinline)) unsigned g1635(unsigned x) { return g1636(x * 21u + 1635); }
__attribute__((noinline)) unsigned g1636(unsigned x) { return g1637(x * 23u + 1636); }
__attribute__((noinline)) unsigned g1637(unsigned x) { return g1638(x * 25u + 1637); }
__attribute__((noinline)) unsigned g1638(unsigned x) { return g1639(x * 1u + 1638); }
__attribute__((noinline)) unsigned g1639(unsigned x) { return g1640(x * 3u + 1639); }
__attribute__((noinline)) unsigned g1640(unsigned x) { return g1641(x * 5u + 1640); }
__attribute__((noinline)) unsigned g1641(unsigned x) { return g1642(x * 7u + 1641); }
__attribute__((noinline)) unsigned g1642(unsigned x) { return g1643(x * 9u + 1642); }
__attribute__((noinline)) unsigned g1643(unsigned x) { return g1644(x * 11u + 1643); }
__attribute__((noinline)) unsigned g1644(unsigned x) { return g1645(x * 13u + 1644); }
__attribute__((noinline)) unsigned g1645(unsigned x) { return g1646(x * 15u + 1645); }
__attribute__((noinline)) unsigned g1646(unsigned x) { return g1647(x * 17u + 1646); }
__attribute__((noinline)) unsigned g1647(unsigned x) { return g1648(x * 19u + 1647); }
__attribute__((noinline)) unsigned g1648(unsigned x) { return g1649(x * 21u + 1648); }
__attribute__((noinline)) unsigned g1649(unsigned x) { return x ^ 1649; }
__attribute__((noinline)) unsigned g1650(unsigned x) { return g1651(x * 25u + 1650); }
__attribute__((noinline)) unsigned g1651(unsigned x) { return g1652(x * 1u + 1651); }
__attribute__((noinline)) unsigned g1652(unsigned x) { return g1653(x * 3u + 1652); }
__attribute__((noinline)) unsigned g1653(unsigned x) { return g1654(x * 5u + 1653); }
__attribute__((noinline)) unsigned g1654(unsigned x) { return g1655(x * 7u + 1654); }
__attribute__((noinline)) unsigned g1655(unsigned x) { return g1656(x * 9u + 1655); }
__attribute__((noinline)) unsigned g1656(unsigned x) { return g1657(x * 11u + 1656); }
__attribute__((noinline)) unsigned g1657(unsigned x) { return g1658(x * 13u + 1657); }
__attribute__((noinline)) unsigned g1658(unsigned x) { return g1659(x * 15u + 1658); }
__attribute__((noinline)) unsigned g1659(unsigned x) { return g1660(x * 17u + 1659); }
__attribute__((noinline)) unsigned g1660(unsigned x) { return g1661(x * 19u + 1660); }
__attribute__((noinline)) unsigned g1661(unsigned x) { return g1662(x * 21u + 1661); }
__attribute__((noinline)) unsigned g1662(unsigned x) { return g1663(x * 23u + 1662); }
__attribute__((noinline)) unsigned g1663(unsigned x) { return g1664(x * 25u + 1663); }
__attribute__((noinline)) unsigned g1664(unsigned x) { return g1665(x * 1u + 1664); }
__attribute__((noinline)) unsigned g1665(unsigned x) { return g1666(x * 3u + 1665); }
__attribute__((noinline)) unsigned g1666(unsigned x) { return g1667(x * 5u + 1666); }
__attribute__((noinline)) unsigned g1667(unsigned x) { return g1668(x * 7u + 1667); }
__attribute__((noinline)) unsigned g1668(unsigned x) { return g1669(x * 9u + 1668); }
__attribute__((noinline)) unsigned g1669(unsigned x) { return g1670(x * 11u + 1669); }
__attribute__((noinline)) unsigned g1670(unsigned x) { return g1671(x * 13u + 1670); }
__attribute__((noinline)) unsigned g1671(unsigned x) { return g1672(x * 15u + 1671); }
__attribute__((noinline)) unsigned g1672(unsigned x) { return g1673(x * 17u + 1672); }
__attribute__((noinline)) unsigned g1673(unsigned x) { return g1674(x * 19u + 1673); }
__attribute__((noinline)) unsigned g1674(unsigned x) { return g1675(x * 21u + 1674); }
__attribute__((noinline)) unsigned g1675(unsigned x) { return g1676(x * 23u + 1675); }
__attribute__((noinline)) unsigned g1676(unsigned x) { return g1677(x * 25u + 1676); }
__attribute__((noinline)) unsigned g1677(unsigned x) { return g1678(x * 1u + 1677); }
__attribute__((noinline)) unsigned g1678(unsigned x) { return g1679(x * 3u + 1678); }
__attribute__((noinline)) unsigned g1679(unsigned x) { return g1680(x * 5u + 1679); }
__attribute__((noinline)) unsigned g1680(unsigned x) { return g1681(x * 7u + 1680); }
__attribute__((noinline)) unsigned g1681(unsigned x) { return g1682(x * 9u + 1681); }
__attribute__((noinline)) unsigned g1682(unsigned x) { return g1683(x * 11u + 1682); }
__attribute__((noinline)) unsigned g1683(unsigned x) { return g1684(x * 13u + 1683); }
__attribute__((noinline)) unsigned g1684(unsigned x) { return g1685(x * 15u + 1684); }
__attribute__((noinline)) unsigned g1685(unsigned x) { return g1686(x * 17u + 1685); }
__attribute__((noinline)) unsigned g1686(unsigned x) { return g1687(x * 19u + 1686); }
__attribute__((noinline)) unsigned g1687(unsigned x) { return g1688(x * 21u + 1687); }
__attribute__((noinline)) unsigned g1688(unsigned x) { return g1689(x * 23u + 1688); }
__attribute__((noinline)) unsigned g1689(unsigned x) { return g1690(x * 25u + 1689); }
__attribute__((noinline)) unsigned g1690(unsigned x) { return g1691(x * 1u + 1690); }
__attribute__((noinline)) unsigned g1691(unsigned x) { return g1692(x * 3u + 1691); }
__attribute__((noinline)) unsigned g1692(unsigned x) { return g1693(x * 5u + 1692); }
__attribute__((noinline)) unsigned g1693(unsigned x) { return g1694(x * 7u + 1693); }
__attribute__((noinline)) unsigned g1694(unsigned x) { return g1695(x * 9u + 1694); }
__attribute__((noinline)) unsigned g1695(unsigned x) { return g1696(x * 11u + 1695); }
__attribute__((noinline)) unsigned g1696(unsigned x) { return g1697(x * 13u + 1696); }
__attribute__((noinline)) unsigned g1697(unsigned x) { return g1698(x * 15u + 1697); }
__attribute__((noinline)) unsigned g1698(unsigned x) { return g1699(x * 17u + 1698); }
__attribute__((noinline)) unsigned g1699(unsigned x) { return x ^ 1699; }
__attribute__((noinline)) unsigned g1700(unsigned x) { return g1701(x * 21u + 1700); }
__attribute__((noinline)) unsigned g1701(unsigned x) { return g1702(x * 23u + 1701); }
__attribute__((noinline)) unsigned g1702(unsigned x) { return g1703(x * 25u + 1702); }
__attribute__((noinline)) unsigned g1703(unsigned x) { return g1704(x * 1u + 1703); }
__attribute__((noinline)) unsigned g1704(unsigned x) { return g1705(x * 3u + 1704); }
__attribute__((noinline)) unsigned g1705(unsigned x) { return g1706(x * 5u + 1705); }
__attribute__((noinline)) unsigned g1706(unsigned x) { return g1707(x * 7u + 1706); }
__attribute__((noinline)) unsigned g1707(unsigned x) { return g1708(x * 9u + 1707); }
__attribute__((noinline)) unsigned g1708(unsigned x) { return g1709(x * 11u + 1708); }
__attribute__((noinline)) unsigned g1709(unsigned x) { return g1710(x * 13u + 1709); }
__attribute__((noinline)) unsigned g1710(unsigned x) { return g1711(x * 15u + 1710); }
__attribute__((noinline)) unsigned g1711(unsigned x) { return g1712(x * 17u + 1711); }
__attribute__((noinline)) unsigned g1712(unsigned x) { return g1713(x * 19u + 1712); }
__attribute__((noinline)) unsigned g1713(unsigned x) { return g1714(x * 21u + 1713); }
__attribute__((noinline)) unsigned g1714(unsigned x) { return g1715(x * 23u + 1714); }
__attribute__((noinline)) unsigned g1715(unsigned x) { return g1716(x * 25u + 1715); }
__attribute__((noinline)) unsigned g1716(unsigned x) { return g1717(x * 1u + 1716); }
__attribute__((noinline)) unsigned g1717(unsigned x) { return g1718(x * 3u + 1717); }
__attribute__((noinline)) unsigned g1718(unsigned x) { return g1719(x * 5u + 1718); }
__attribute__((noinline)) unsigned g1719(unsigned x) { return g1720(x * 7u + 1719); }
__attribute__((noinline)) unsigned g1720(unsigned x) { return g1721(x * 9u + 1720); }
__attribute__((noinline)) unsigned g1721(unsigned x) { return g1722(x * 11u + 1721); }
__attribute__((noinline)) unsigned g1722(unsigned x) { return g1723(x * 13u + 1722); }
__attribute__((noinline)) unsigned g1723(unsigned x) { return g1724(x * 15u + 1723); }
__attribute__((noinline)) unsigned g1724(unsigned x) { return g1725(x * 17u + 1724); }
__attribute__((noinline)) unsigned g1725(unsigned x) { return g1726(x * 19u + 1725); }
__attribute__((noinline)) unsigned g1726(unsigned x) { return g1727(x * 21u + 1726); }
__attribute__((noinline)) unsigned g1727(unsigned x) { return g1728(x * 23u + 1727); }
__attribute__((noinline)) unsigned g1728(unsigned x) { return g1729(x * 25u + 1728); }
__attribute__((noinline)) unsigned g1729(unsigned x) { return g1730(x * 1u + 1729); }
__attribute__((noinline)) unsigned g1730(unsigned x) { return g1731(x * 3u + 1730); }
__attribute__((noinline)) unsigned g1731(unsigned x) { return g1732(x * 5u + 1731); }
__attribute__((noinline)) unsigned g1732(unsigned x) { return g1733(x * 7u + 1732); }
__attribute__((noinline)) unsigned g1733(unsigned x) { return g1734(x * 9u + 1733); }
__attribute__((noinline)) unsigned g1734(unsigned x) { return g1735(x * 11u + 1734); }
__attribute__((noinline)) unsigned g1735(unsigned x) { return g1736(x * 13u + 1735); }
__attribute__((noinline)) unsigned g1736(unsigned x) { return g1737(x * 15u + 1736); }
__attribute__((noinline)) unsigned g1737(unsigned x) { return g1738(x * 17u + 1737); }
__attribute__((noinline)) unsigned g1738(unsigned x) { return g1739(x * 19u + 1738); }
__attribute__((noinline)) unsigned g1739(unsigned x) { return g1740(x * 21u + 1739); }
__attribute__((noinline)) unsigned g1740(unsigned x) { return g1741(x * 23u + 1740); }
__attribute__((noinline)) unsigned g1741(unsigned x) { return g1742(x * 25u + 1741); }
__attribute__((noinline)) unsigned g1742(unsigned x) { return g1743(x * 1u + 1742); }
__attribute__((noinline)) unsigned g1743(unsigned x) { return g1744(x * 3u + 1743); }
__attribute__((noinline)) unsigned g1744(unsigned x) { return g1745(x * 5u + 1744); }
__attribute__((noinline)) unsigned g1745(unsigned x) { return g1746(x * 7u + 1745); }
__attribute__((noinline)) unsigned g1746(unsigned x) { return g1747(x * 9u + 1746); }
__attribute__((noinline)) unsigned g1747(unsigned x) { return g1748(x * 11u + 1747); }
__attribute__((noinline)) unsigned g1748(unsigned x) { return g1749(x * 13u + 1748); }
__attribute__((noinline)) unsigned g1749(unsigned x) { return x ^ 1749; }
__attribute__((noinline)) unsigned g1750(unsigned x) { return g1751(x * 17u + 1750); }
__attribute__((noinline)) unsigned g1751(unsigned x) { return g1752(x * 19u + 1751); }
__attribute__((noinline)) unsigned g1752(unsigned x) { return g1753(x * 21u + 1752); }
__attribute__((noinline)) unsigned g1753(unsigned x) { return g1754(x * 23u + 1753); }
__attribute__((noinline)) unsigned g1754(unsigned x) { return g1755(x * 25u + 1754); }
__attribute__((noinline)) unsigned g1755(unsigned x) { return g1756(x * 1u + 1755); }
__attribute__((noinline)) unsigned g1756(unsigned x) { return g1757(x * 3u + 1756); }
__attribute__((noinline)) unsigned g1757(unsigned x) { return g1758(x * 5u + 1757); }
__attribute__((noinline)) unsigned g1758(unsigned x) { return g1759(x * 7u + 1758); }
__attribute__((noinline)) unsigned g1759(unsigned x) { return g1760(x * 9u + 1759); }
__attribute__((noinline)) unsigned g1760(unsigned x) { return g1761(x * 11u + 1760); }
__attribute__((noinline)) unsigned g1761(unsigned x) { return g1762(x * 13u + 1761); }
__attribute__((noinline)) unsigned g1762(unsigned x) { return g1763(x * 15u + 1762); }
__attribute__((noinline)) unsigned g1763(unsigned x) { return g1764(x * 17u + 1763); }
__attribute__((noinline)) unsigned g1764(unsigned x) { return g1765(x * 19u + 1764); }
__attribute__((noinline)) unsigned g1765(unsigned x) { return g1766(x * 21u + 1765); }
__attribute__((noinline)) unsigned g1766(unsigned x) { return g1767(x * 23u + 1766); }
__attribute__((noinline)) unsigned g1767(unsigned x) { return g1768(x * 25u + 1767); }
__attribute__((noinline)) unsigned g1768(unsigned x) { return g1769(x * 1u + 1768); }
__attribute__((noinline)) unsigned g1769(unsigned x) { return g1770(x * 3u + 1769); }
__attribute__((noinline)) unsigned g1770(unsigned x) { return g1771(x * 5u + 1770); }
__attribute__((noinline)) unsigned g1771(unsigned x) { return g1772(x * 7u + 1771); }
__attribute__((noinline)) unsigned g1772(unsigned x) { return g1773(x * 9u + 1772); }
__attribute__((noinline)) unsigned g1773(unsigned x) { return g1774(x * 11u + 1773); }
__attribute__((noinline)) unsigned g1774(unsigned x) { return g1775(x * 13u + 1774); }
__attribute__((noinline)) unsigned g1775(unsigned x) { return g1776(x * 15u + 1775); }
__attribute__((noinline)) unsigned g1776(unsigned x) { return g1777(x * 17u + 1776); }
__attribute__((noinline)) unsigned g1777(unsigned x) { return g1778(x * 19u + 1777); }
__attribute__((noinline)) unsigned g1778(unsigned x) { return g1779(x * 21u + 1778); }
__attribute__((noinline)) unsigned g1779(unsigned x) { return g1780(x * 23u + 1779); }
__attribute__((noinline)) unsigned g1780(unsigned x) { return g1781(x * 25u + 1780); }
__attribute__((noinline)) unsigned g1781(unsigned x) { return g1782(x * 1u + 1781); }
__attribute__((noinline)) unsigned g1782(unsigned x) { return g1783(x * 3u + 1782); }
__attribute__((noinline)) unsigned g1783(unsigned x) { return g1784(x * 5u + 1783); }
__attribute__((noinline)) unsigned g1784(unsigned x) { return g1785(x * 7u + 1784); }
__attribute__((noinline)) unsigned g1785(unsigned x) { return g1786(x * 9u + 1785); }
__attribute__((noinline)) unsigned g1786(unsigned x) { return g1787(x * 11u + 1786); }
__attribute__((noinline)) unsigned g1787(unsigned x) { return g1788(x * 13u + 1787); }
__attribute__((noinline)) unsigned g1788(unsigned x) { return g1789(x * 15u + 1788); }
__attribute__((noinline)) unsigned g1789(unsigned x) { return g1790(x * 17u + 1789); }
__attribute__((noinline)) unsigned g1790(unsigned x) { return g1791(x * 19u + 1790); }
__attribute__((noinline)) unsigned g1791(unsigned x) { return g1792(x * 21u + 1791); }
__attribute__((noinline)) unsigned g1792(unsigned x) { return g1793(x * 23u + 1792); }
__attribute__((noinline)) unsigned g1793(unsigned x) { return g1794(x * 25u + 1793); }
__attribute__((noinline)) unsigned g1794(unsigned x) { return g1795(x * 1u + 1794); }
__attribute__((noinline)) unsigned g1795(unsigned x) { return g1796(x * 3u + 1795); }
__attribute__((noinline)) unsigned g1796(unsigned x) { return g1797(x * 5u + 1796); }
__attribute__((noinline)) unsigned g1797(unsigned x) { return g1798(x * 7u + 1797); }
__attribute__((noinline)) unsigned g1798(unsigned x) { return g1799(x * 9u + 1798); }
__attribute__((noinline)) unsigned g1799(unsigned x) { return x ^ 1799; }
__attribute__((noinline)) unsigned g1800(unsigned x) { return g1801(x * 13u + 1800); }
__attribute__((noinline)) unsigned g1801(unsigned x) { return g1802(x * 15u + 1801); }
__attribute__((noinline)) unsigned g1802(unsigned x) { return g1803(x * 17u + 1802); }
__attribute__((noinline)) unsigned g1803(unsigned x) { return g1804(x * 19u + 1803); }
__attribute__((noinline)) unsigned g1804(unsigned x) { return g1805(x * 21u + 1804); }
__attribute__((noinline)) unsigned g1805(unsigned x) { return g1806(x * 23u + 1805); }
__attribute__((noinline)) unsigned g1806(unsigned x) { return g1807(x * 25u + 1806); }
__attribute__((noinline)) unsigned g1807(unsigned x) { return g1808(x * 1u + 1807); }
__attribute__((noinline)) unsigned g1808(unsigned x) { return g1809(x * 3u + 1808); }
__attribute__((noinline)) unsigned g1809(unsigned x) { return g1810(x * 5u + 1809); }
__attribute__((noinline)) unsigned g1810(unsigned x) { return g1811(x * 7u + 1810); }
__attribute__((noinline)) unsigned g1811(unsigned x) { return g1812(x * 9u + 1811); }
__attribute__((noinline)) unsigned g1812(unsigned x) { return g1813(x * 11u + 1812); }
__attribute__((noinline)) unsigned g1813(unsigned x) { return g1814(x * 13u + 1813); }
__attribute__((noinline)) unsigned g1814(unsigned x) { return g1815(x * 15u + 1814); }
__attribute__((noinline)) unsigned g1815(unsigned x) { return g1816(x * 17u + 1815); }
__attribute__((noinline)) unsigned g1816(unsigned x) { return g1817(x * 19u + 1816); }
__attribute__((noinline)) unsigned g1817(unsigned x) { return g1818(x * 21u + 1817); }
__attribute__((noinline)) unsigned g1818(unsigned x) { return g1819(x * 23u + 1818); }
__attribute__((noinline)) unsigned g1819(unsigned x) { return g1820(x * 25u + 1819); }
__attribute__((noinline)) unsigned g1820(unsigned x) { return g1821(x * 1u + 1820); }
__attribute__((noinline)) unsigned g1821(unsigned x) { return g1822(x * 3u + 1821); }
__attribute__((noinline)) unsigned g1822(unsigned x) { return g1823(x * 5u + 1822); }
__attribute__((noinline)) unsigned g1823(unsigned x) { return g1824(x * 7u + 1823); }
__attribute__((noinline)) unsigned g1824(unsigned x) { return g1825(x * 9u + 1824); }
__attribute__((noinline)) unsigned g1825(unsigned x) { return g1826(x * 11u + 1825); }
__attribute__((noinline)) unsigned g1826(unsigned x) { return g1827(x * 13u + 1826); }
__attribute__((noinline)) unsigned g1827(unsigned x) { return g1828(x * 15u + 1827); }
__attribute__((noinline)) unsigned g1828(unsigned x) { return g1829(x * 17u + 1828); }
__attribute__((noinline)) unsigned g1829(unsigned x) { return g1830(x * 19u + 1829); }
__attribute__((noinline)) unsigned g1830(unsigned x) { return g1831(x * 21u + 1830); }
__attribute__((noinline)) unsigned g1831(unsigned x) { return g1832(x * 23u + 1831); }
__attribute__((noinline)) unsigned g1832(unsigned x) { return g1833(x * 25u + 1832); }
__attribute__((noinline)) unsigned g1833(unsigned x) { return g1834(x * 1u + 1833); }
__attribute__((noinline)) unsigned g1834(unsigned x) { return g1835(x * 3u + 1834); }
__attribute__((noinline)) unsigned g1835(unsigned x) { return g1836(x * 5u + 1835); }
__attribute__((noinline)) unsigned g1836(unsigned x) { return g1837(x * 7u + 1836); }
__attribute__((noinline)) unsigned g1837(unsigned x) { return g1838(x * 9u + 1837); }
__attribute__((noinline)) unsigned g1838(unsigned x) { return g1839(x * 11u + 1838); }
__attribute__((noinline)) unsigned g1839(unsigned x) { return g1840(x * 13u + 1839); }
__attribute__((noinline)) unsigned g1840(unsigned x) { return g1841(x * 15u + 1840); }
__attribute__((noinline)) unsigned g1841(unsigned x) { return g1842(x * 17u + 1841); }
__attribute__((noinline)) unsigned g1842(unsigned x) { return g1843(x * 19u + 1842); }
__attribute__((noinline)) unsigned g1843(unsigned x) { return g1844(x * 21u + 1843); }
__attribute__((noinline)) unsigned g1844(unsigned x) { return g1845(x * 23u + 1844); }
__attribute__((noinline)) unsigned g1845(unsigned x) { return g1846(x * 25u + 1845); }
__attribute__((noinline)) unsigned g1846(unsigned x) { return g1847(x * 1u + 1846); }
__attribute__((noinline)) unsigned g1847(unsigned x) { return g1848(x * 3u + 1847); }
__attribute__((noinline)) unsigned g1848(unsigned x) { return g1849(x * 5u + 1848); }
__attribute__((noinline)) unsigned g1849(unsigned x) { return x ^ 1849; }
__attribute__((noinline)) unsigned g1850(unsigned x) { return g1851(x * 9u + 1850); }
__attribute__((noinline)) unsigned g1851(unsigned x) { return g1852(x * 11u + 1851); }
__attribute__((noinline)) unsigned g1852(unsigned x) { return g1853(x * 13u + 1852); }
__attribute__((noinline)) unsigned g1853(unsigned x) { return g1854(x * 15u + 1853); }
__attribute__((noinline)) unsigned g1854(unsigned x) { return g1855(x * 17u + 1854); }
__attribute__((noinline)) unsigned g1855(unsigned x) { return g1856(x * 19u + 1855); }
__attribute__((noinline)) unsigned g1856(unsigned x) { return g1857(x * 21u + 1856); }
__attribute__((noinline)) unsigned g1857(unsigned x) { return g1858(x * 23u + 1857); }
__attribute__((noinline)) unsigned g1858(unsigned x) { return g1859(x * 25u + 1858); }
__attribute__((noinline)) unsigned g1859(unsigned x) { return g1860(x * 1u + 1859); }
__attribute__((noinline)) unsigned g1860(unsigned x) { return g1861(x * 3u + 1860); }
__attribute__((noinline)) unsigned g1861(unsigned x) { return g1862(x * 5u + 1861); }
__attribute__((noinline)) unsigned g1862(unsigned x) { return g1863(x * 7u + 1862); }
__attribute__((noinline)) unsigned g1863(unsigned x) { return g1864(x * 9u + 1863); }
__attribute__((noinline)) unsigned g1864(unsigned x) { return g1865(x * 11u + 1864); }
__attribute__((noinline)) unsigned g1865(unsigned x) { return g1866(x * 13u + 1865); }
__attribute__((noinline)) unsigned g1866(unsigned x) { return g1867(x * 15u + 1866); }
__attribute__((noinline)) unsigned g1867(unsigned x) { return g1868(x * 17u + 1867); }
__attribute__((noinline)) unsigned g1868(unsigned x) { return g1869(x * 19u + 1868); }
__attribute__((noinline)) unsigned g1869(unsigned x) { return g1870(x * 21u + 1869); }
__attribute__((noinline)) unsigned g1870(unsigned x) { return g1871(x * 23u + 1870); }
__attribute__((noinline)) unsigned g1871(unsigned x) { return g1872(x * 25u + 1871); }
__attribute__((noinline)) unsigned g1872(unsigned x) { return g1873(x * 1u + 1872); }
__attribute__((noinline)) unsigned g1873(unsigned x) { return g1874(x * 3u + 1873); }
__attribute__((noinline)) unsigned g1874(unsigned x) { return g1875(x * 5u + 1874); }
__attribute__((noinline)) unsigned g1875(unsigned x) { return g1876(x * 7u + 1875); }
__attribute__((noinline)) unsigned g1876(unsigned x) { return g1877(x * 9u + 1876); }
__attribute__((noinline)) unsigned g1877(unsigned x) { return g1878(x * 11u + 1877); }
__attribute__((noinline)) unsigned g1878(unsigned x) { return g1879(x * 13u + 1878); }
__attribute__((noinline)) unsigned g1879(unsigned x) { return g1880(x * 15u + 1879); }
__attribute__((noinline)) unsigned g1880(unsigned x) { return g1881(x * 17u + 1880); }
__attribute__((noinline)) unsigned g1881(unsigned x) { return g1882(x * 19u + 1881); }
__attribute__((noinline)) unsigned g1882(unsigned x) { return g1883(x * 21u + 1882); }
__attribute__((noinline)) unsigned g1883(unsigned x) { return g1884(x * 23u + 1883); }
__attribute__((noinline)) unsigned g1884(unsigned x) { return g1885(x * 25u + 1884); }
__attribute__((noinline)) unsigned g1885(unsigned x) { return g1886(x * 1u + 1885); }
__attribute__((noinline)) unsigned g1886(unsigned x) { return g1887(x * 3u + 1886); }
__attribute__((noinline)) unsigned g1887(unsigned x) { return g1888(x * 5u + 1887); }
__attribute__((noinline)) unsigned g1888(unsigned x) { return g1889(x * 7u + 1888); }
__attribute__((noinline)) unsigned g1889(unsigned x) { return g1890(x * 9u + 1889); }
__attribute__((noinline)) unsigned g1890(unsigned x) { return g1891(x * 11u + 1890); }
__attribute__((noinline)) unsigned g1891(unsigned x) { return g1892(x * 13u + 1891); }
__attribute__((noinline)) unsigned g1892(unsigned x) { return g1893(x * 15u + 1892); }
__attribute__((noinline)) unsigned g1893(unsigned x) { return g1894(x * 17u + 1893); }
__attribute__((noinline)) unsigned g1894(unsigned x) { return g1895(x * 19u + 1894); }
__attribute__((noinline)) unsigned g1895(unsigned x) { return g1896(x * 21u + 1895); }
__attribute__((noinline)) unsigned g1896(unsigned x) { return g1897(x * 23u + 1896); }
__attribute__((noinline)) unsigned g1897(unsigned x) { return g1898(x * 25u + 1897); }
__attribute__((noinline)) unsigned g1898(unsigned x) { return g1899(x * 1u + 1898); }
__attribute__((noinline)) unsigned g1899(unsigned x) { return x ^ 1899; }
__attribute__((noinline)) unsigned g1900(unsigned x) { return g1901(x * 5u + 1900); }
__attribute__((noinline)) unsigned g1901(unsigned x) { return g1902(x * 7u + 1901); }
__attribute__((noinline)) unsigned g1902(unsigned x) { return g1903(x * 9u + 1902); }
__attribute__((noinline)) unsigned g1903(unsigned x) { return g1904(x * 11u + 1903); }
__attribute__((noinline)) unsigned g1904(unsigned x) { return g1905(x * 13u + 1904); }
__attribute__((noinline)) unsigned g1905(unsigned x) { return g1906(x * 15u + 1905); }
__attribute__((noinline)) unsigned g1906(unsigned x) { return g1907(x * 17u + 1906); }
__attribute__((noinline)) unsigned g1907(unsigned x) { return g1908(x * 19u + 1907); }
__attribute__((noinline)) unsigned g1908(unsigned x) { return g1909(x * 21u + 1908); }
__attribute__((noinline)) unsigned g1909(unsigned x) { return g1910(x * 23u + 1909); }
__attribute__((noinline)) unsigned g1910(unsigned x) { return g1911(x * 25u + 1910); }
__attribute__((noinline)) unsigned g1911(unsigned x) { return g1912(x * 1u + 1911); }
__attribute__((noinline)) unsigned g1912(unsigned x) { return g1913(x * 3u + 1912); }
__attribute__((noinline)) unsigned g1913(unsigned x) { return g1914(x * 5u + 1913); }
__attribute__((noinline)) unsigned g1914(unsigned x) { return g1915(x * 7u + 1914); }
__attribute__((noinline)) unsigned g1915(unsigned x) { return g1916(x * 9u + 1915); }
__attribute__((noinline)) unsigned g1916(unsigned x) { return g1917(x * 11u + 1916); }
__attribute__((noinline)) unsigned g1917(unsigned x) { return g1918(x * 13u + 1917); }
__attribute__((noinline)) unsigned g1918(unsigned x) { return g1919(x * 15u + 1918); }
__attribute__((noinline)) unsigned g1919(unsigned x) { return g1920(x * 17u + 1919); }
__attribute__((noinline)) unsigned g1920(unsigned x) { return g1921(x * 19u + 1920); }
__attribute__((noinline)) unsigned g1921(unsigned x) { return g1922(x * 21u + 1921); }
__attribute__((noinline)) unsigned g1922(unsigned x) { return g1923(x * 23u + 1922); }
__attribute__((noinline)) unsigned g1923(unsigned x) { return g1924(x * 25u + 1923); }
__attribute__((noinline)) unsigned g1924(unsigned x) { return g1925(x * 1u + 1924); }
__attribute__((noinline)) unsigned g1925(unsigned x) { return g1926(x * 3u + 1925); }
__attribute__((noinline)) unsigned g1926(unsigned x) { return g1927(x * 5u + 1926); }
__attribute__((noinline)) unsigned g1927(unsigned x) { return g1928(x * 7u + 1927); }
__attribute__((noinline)) unsigned g1928(unsigned x) { return g1929(x * 9u + 1928); }
__attribute__((noinline)) unsigned g1929(unsigned x) { return g1930(x * 11u + 1929); }
__attribute__((noinline)) unsigned g1930(unsigned x) { return g1931(x * 13u + 1930); }
__attribute__((noinline)) unsigned g1931(unsigned x) { return g1932(x * 15u + 1931); }
__attribute__((noinline)) unsigned g1932(unsigned x) { return g1933(x * 17u + 1932); }
__attribute__((noinline)) unsigned g1933(unsigned x) { return g1934(x * 19u + 1933); }
__attribute__((noinline)) unsigned g1934(unsigned x) { return g1935(x * 21u + 1934); }
__attribute__((noinline)) unsigned g1935(unsigned x) { return g1936(x * 23u + 1935); }
__attribute__((noinline)) unsigned g1936(unsigned x) { return g1937(x * 25u + 1936); }
__attribute__((noinline)) unsigned g1937(unsigned x) { return g1938(x * 1u + 1937); }
__attribute__((noinline)) unsigned g1938(unsigned x) { return g1939(x * 3u + 1938); }
__attribute__((noinline)) unsigned g1939(unsigned x) { return g1940(x * 5u + 1939); }
__attribute__((noinline)) unsigned g1940(unsigned x) { return g1941(x * 7u + 1940); }
__attribute__((noinline)) unsigned g1941(unsigned x) { return g1942(x * 9u + 1941); }
__attribute__((noinline)) unsigned g1942(unsigned x) { return g1943(x * 11u + 1942); }
__attribute__((noinline)) unsigned g1943(unsigned x) { return g1944(x * 13u + 1943); }
__attribute__((noinline)) unsigned g1944(unsigned x) { return g1945(x * 15u + 1944); }
__attribute__((noinline)) unsigned g1945(unsigned x) { return g1946(x * 17u + 1945); }
__attribute__((noinline)) unsigned g1946(unsigned x) { return g1947(x * 19u + 1946); }
__attribute__((noinline)) unsigned g1947(unsigned x) { return g1948(x * 21u + 1947); }
__attribute__((noinline)) unsigned g1948(unsigned x) { return g1949(x * 23u + 1948); }
__attribute__((noinline)) unsigned g1949(unsigned x) { return x ^ 1949; }
__attribute__((noinline)) unsigned g1950(unsigned x) { return g1951(x * 1u + 1950); }
__attribute__((noinline)) unsigned g1951(unsigned x) { return g1952(x * 3u + 1951); }
__attribute__((noinline)) unsigned g1952(unsigned x) { return g1953(x * 5u + 1952); }
__attribute__((noinline)) unsigned g1953(unsigned x) { return g1954(x * 7u + 1953); }
__attribute__((noinline)) unsigned g1954(unsigned x) { return g1955(x * 9u + 1954); }
__attribute__((noinline)) unsigned g1955(unsigned x) { return g1956(x * 11u + 1955); }
__attribute__((noinline)) unsigned g1956(unsigned x) { return g1957(x * 13u + 1956); }
__attribute__((noinline)) unsigned g1957(unsigned x) { return g1958(x * 15u + 1957); }
__attribute__((noinline)) unsigned g1958(unsigned x) { return g1959(x * 17u + 1958); }
__attribute__((noinline)) unsigned g1959(unsigned x) { return g1960(x * 19u + 1959); }
__attribute__((noinline)) unsigned g1960(unsigned x) { return g1961(x * 21u + 1960); }
__attribute__((noinline)) unsigned g1961(unsigned x) { return g1962(x * 23u + 1961); }
__attribute__((noinline)) unsigned g1962(unsigned x) { return g1963(x * 25u + 1962); }
__attribute__((noinline)) unsigned g1963(unsigned x) { return g1964(x * 1u + 1963); }
__attribute__((noinline)) unsigned g1964(unsigned x) { return g1965(x * 3u + 1964); }
__attribute__((noinline)) unsigned g1965(unsigned x) { return g1966(x * 5u + 1965); }
__attribute__((noinline)) unsigned g1966(unsigned x) { return g1967(x * 7u + 1966); }
__attribute__((noinline)) unsigned g1967(unsigned x) { return g1968(x * 9u + 1967); }
__attribute__((noinline)) unsigned g1968(unsigned x) { return g1969(x * 11u + 1968); }
__attribute__((noinline)) unsigned g1969(unsigned x) { return g1970(x * 13u + 1969); }
__attribute__((noinline)) unsigned g1970(unsigned x) { return g1971(x * 15u + 1970); }
__attribute__((noinline)) unsigned g1971(unsigned x) { return g1972(x * 17u + 1971); }
__attribute__((noinline)) unsigned g1972(unsigned x) { return g1973(x * 19u + 1972); }
__attribute__((noinline)) unsigned g1973(unsigned x) { return g1974(x * 21u + 1973); }
__attribute__((noinline)) unsigned g1974(unsigned x) { return g1975(x * 23u + 1974); }
__attribute__((noinline)) unsigned g1975(unsigned x) { return g1976(x * 25u + 1975); }
__attribute__((noinline)) unsigned g1976(unsigned x) { return g1977(x * 1u + 1976); }
__attribute__((noinline)) unsigned g1977(unsigned x) { return g1978(x * 3u + 1977); }
__attribute__((noinline)) unsigned g1978(unsigned x) { return g1979(x * 5u + 1978); }
__attribute__((noinline)) unsigned g1979(unsigned x) { return g1980(x * 7u + 1979); }
__attribute__((noinline)) unsigned g1980(unsigned x) { return g1981(x * 9u + 1980); }
__attribute__((noinline)) unsigned g1981(unsigned x) { return g1982(x * 11u + 1981); }
__attribute__((noinline)) unsigned g1982(unsigned x) { return g1983(x * 13u + 1982); }
__attribute__((noinline)) unsigned g1983(unsigned x) { return g1984(x * 15u + 1983); }
__attribute__((noinline)) unsigned g1984(unsigned x) { return g1985(x * 17u + 1984); }
__attribute__((noinline)) unsigned g1985(unsigned x) { return g1986(x * 19u + 1985); }
__attribute__((noinline)) unsigned g1986(unsigned x) { return g1987(x * 21u + 1986); }
__attribute__((noinline)) unsigned g1987(unsigned x) { return g1988(x * 23u + 1987); }
__attribute__((noinline)) unsigned g1988(unsigned x) { return g1989(x * 25u + 1988); }
__attribute__((noinline)) unsigned g1989(unsigned x) { return g1990(x * 1u + 1989); }
__attribute__((noinline)) unsigned g1990(unsigned x) { return g1991(x * 3u + 1990); }
__attribute__((noinline)) unsigned g1991(unsigned x) { return g1992(x * 5u + 1991); }
__attribute__((noinline)) unsigned g1992(unsigned x) { return g1993(x * 7u + 1992); }
__attribute__((noinline)) unsigned g1993(unsigned x) { return g1994(x * 9u + 1993); }
__attribute__((noinline)) unsigned g1994(unsigned x) { return g1995(x * 11u + 1994); }
__attribute__((noinline)) unsigned g1995(unsigned x) { return g1996(x * 13u + 1995); }
__attribute__((noinline)) unsigned g1996(unsigned x) { return g1997(x * 15u + 1996); }
__attribute__((noinline)) unsigned g1997(unsigned x) { return g1998(x * 17u + 1997); }
__attribute__((noinline)) unsigned g1998(unsigned x) { return g1999(x * 19u + 1998); }
__attribute__((noinline)) unsigned g1999(unsigned x) { return x ^ 1999; }
__attribute__((noinline)) unsigned g2000(unsigned x) { return g2001(x * 23u + 2000); }
__attribute__((noinline)) unsigned g2001(unsigned x) { return g2002(x * 25u + 2001); }
__attribute__((noinline)) unsigned g2002(unsigned x) { return g2003(x * 1u + 2002); }
__attribute__((noinline)) unsigned g2003(unsigned x) { return g2004(x * 3u + 2003); }
__attribute__((noinline)) unsigned g2004(unsigned x) { return g2005(x * 5u + 2004); }
__attribute__((noinline)) unsigned g2005(unsigned x) { return g2006(x * 7u + 2005); }
__attribute__((noinline)) unsigned g2006(unsigned x) { return g2007(x * 9u + 2006); }
__attribute__((noinline)) unsigned g2007(unsigned x) { return g2008(x * 11u + 2007); }
__attribute__((noinline)) unsigned g2008(unsigned x) { return g2009(x * 13u + 2008); }
__attribute__((noinline)) unsigned g2009(unsigned x) { return g2010(x * 15u + 2009); }
__attribute__((noinline)) unsigned g2010(unsigned x) { return g2011(x * 17u + 2010); }
__attribute__((noinline)) unsigned g2011(unsigned x) { return g2012(x * 19u + 2011); }
__attribute__((noinline)) unsigned g2012(unsigned x) { return g2013(x * 21u + 2012); }
__attribute__((noinline)) unsigned g2013(unsigned x) { return g2014(x * 23u + 2013); }
__attribute__((noinline)) unsigned g2014(unsigned x) { return g2015(x * 25u + 2014); }
__attribute__((noinline)) unsigned g2015(unsigned x) { return g2016(x * 1u + 2015); }
__attribute__((noinline)) unsigned g2016(unsigned x) { return g2017(x * 3u + 2016); }
__attribute__((noinline)) unsigned g2017(unsigned x) { return g2018(x * 5u + 2017); }
__attribute__((noinline)) unsigned g2018(unsigned x) { return g2019(x * 7u + 2018); }
__attribute__((noinline)) unsigned g2019(unsigned x) { return g2020(x * 9u + 2019); }
__attribute__((noinline)) unsigned g2020(unsigned x) { return g2021(x * 11u + 2020); }
__attribute__((noinline)) unsigned g2021(unsigned x) { return g2022(x * 13u + 2021); }
__attribute__((noinline)) unsigned g2022(unsigned x) { return g2023(x * 15u + 2022); }
__attribute__((noinline)) unsigned g2023(unsigned x) { return g2024(x * 17u + 2023); }
__attribute__((noinline)) unsigned g2024(unsigned x) { return g2025(x * 19u + 2024); }
__attribute__((noinline)) unsigned g2025(unsigned x) { return g2026(x * 21u + 2025); }
__attribute__((noinline)) unsigned g2026(unsigned x) { return g2027(x * 23u + 2026); }
__attribute__((noinline)) unsigned g2027(unsigned x) { return g2028(x * 25u + 2027); }
__attribute__((noinline)) unsigned g2028(unsigned x) { return g2029(x * 1u + 2028); }
__attribute__((noinline)) unsigned g2029(unsigned x) { return g2030(x * 3u + 2029); }
__attribute__((noinline)) unsigned g2030(unsigned x) { return g2031(x * 5u + 2030); }
__attribute__((noinline)) unsigned g2031(unsigned x) { return g2032(x * 7u + 2031); }
__attribute__((noinline)) unsigned g2032(unsigned x) { return g2033(x * 9u + 2032); }
__attribute__((noinline)) unsigned g2033(unsigned x) { return g2034(x * 11u + 2033); }
__attribute__((noinline)) unsigned g2034(unsigned x) { return g2035(x * 13u + 2034); }
__attribute__((noinline)) unsigned g2035(unsigned x) { return g2036(x * 15u + 2035); }
__attribute__((noinline)) unsigned g2036(unsigned x) { return g2037(x * 17u + 2036); }
__attribute__((noinline)) unsigned g2037(unsigned x) { return g2038(x * 19u + 2037); }
__attribute__((noinline)) unsigned g2038(unsigned x) { return g2039(x * 21u + 2038); }
__attribute__((noinline)) unsigned g2039(unsigned x) { return g2040(x * 23u + 2039); }
__attribute__((noinline)) unsigned g2040(unsigned x) { return g2041(x * 25u + 2040); }
__attribute__((noinline)) unsigned g2041(unsigned x) { return g2042(x * 1u + 2041); }
__attribute__((noinline)) unsigned g2042(unsigned x) { return g2043(x * 3u + 2042); }
__attribute__((noinline)) unsigned g2043(unsigned x) { return g2044(x * 5u + 2043); }
__attribute__((noinline)) unsigned g2044(unsigned x) { return g2045(x * 7u + 2044); }
__attribute__((noinline)) unsigned g2045(unsigned x) { return g2046(x * 9u + 2045); }
__attribute__((noinline)) unsigned g2046(unsigned x) { return g2047(x * 11u + 2046); }
__attribute__((noinline)) unsigned g2047(unsigned x) { return g2048(x * 13u + 2047); }
__attribute__((noinline)) unsigned g2048(unsigned x) { return g2049(x * 15u + 2048); }
__attribute__((noinline)) unsigned g2049(unsigned x) { return x ^ 2049; }
__attribute__((noinline)) unsigned g2050(unsigned x) { return g2051(x * 19u + 2050); }
__attribute__((noinline)) unsigned g2051(unsigned x) { return g2052(x * 21u + 2051); }
__attribute__((noinline)) unsigned g2052(unsigned x) { return g2053(x * 23u + 2052); }
__attribute__((noinline)) unsigned g2053(unsigned x) { return g2054(x * 25u + 2053); }
__attribute__((noinline)) unsigned g2054(unsigned x) { return g2055(x * 1u + 2054); }
__attribute__((noinline)) unsigned g2055(unsigned x) { return g2056(x * 3u + 2055); }
__attribute__((noinline)) unsigned g2056(unsigned x) { return g2057(x * 5u + 2056); }
__attribute__((noinline)) unsigned g2057(unsigned x) { return g2058(x * 7u + 2057); }
__attribute__((noinline)) unsigned g2058(unsigned x) { return g2059(x * 9u + 2058); }
__attribute__((noinline)) unsigned g2059(unsigned x) { return g2060(x * 11u + 2059); }
__attribute__((noinline)) unsigned g2060(unsigned x) { return g2061(x * 13u + 2060); }
__attribute__((noinline)) unsigned g2061(unsigned x) { return g2062(x * 15u + 2061); }
__attribute__((noinline)) unsigned g2062(unsigned x) { return g2063(x * 17u + 2062); }
__attribute__((noinline)) unsigned g2063(unsigned x) { return g2064(x * 19u + 2063); }
__attribute__((noinline)) unsigned g2064(unsigned x) { return g2065(x * 21u + 2064); }
__attribute__((noinline)) unsigned g2065(unsigned x) { return g2066(x * 23u + 2065); }
__attribute__((noinline)) unsigned g2066(unsigned x) { return g2067(x * 25u + 2066); }
__attribute__((noinline)) unsigned g2067(unsigned x) { return g2068(x * 1u + 2067); }
__attribute__((noinline)) unsigned g2068(unsigned x) { return g2069(x * 3u + 2068); }
__attribute__((noinline)) unsigned g2069(unsigned x) { return g2070(x * 5u + 2069); }
__attribute__((noinline)) unsigned g2070(unsigned x) { return g2071(x * 7u + 2070); }
__attribute__((noinline)) unsigned g2071(unsigned x) { return g2072(x * 9u + 2071); }
__attribute__((noinline)) unsigned g2072(unsigned x) { return g2073(x * 11u + 2072); }
__attribute__((noinline)) unsigned g2073(unsigned x) { return g2074(x * 13u + 2073); }
__attribute__((noinline)) unsigned g2074(unsigned x) { return g2075(x * 15u + 2074); }
__attribute__((noinline)) unsigned g2075(unsigned x) { return g2076(x * 17u + 2075); }
__attribute__((noinline)) unsigned g2076(unsigned x) { return g2077(x * 19u + 2076); }
__attribute__((noinline)) unsigned g2077(unsigned x) { return g2078(x * 21u + 2077); }
__attribute__((noinline)) unsigned g2078(unsigned x) { return g2079(x * 23u + 2078); }
__attribute__((noinline)) unsigned g2079(unsigned x) { return g2080(x * 25u + 2079); }
__attribute__((noinline)) unsigned g2080(unsigned x) { return g2081(x * 1u + 2080); }
__attribute__((noinline)) unsigned g2081(unsigned x) { return g2082(x * 3u + 2081); }
__attribute__((noinline)) unsigned g2082(unsigned x) { return g2083(x * 5u + 2082); }
__attribute__((noinline)) unsigned g2083(unsigned x) { return g2084(x * 7u + 2083); }
__attribute__((noinline)) unsigned g2084(unsigned x) { return g2085(x * 9u + 2084); }
__attribute__((noinline)) unsigned g2085(unsigned x) { return g2086(x * 11u + 2085); }
__attribute__((noinline)) unsigned g2086(unsigned x) { return g2087(x * 13u + 2086); }
__attribute__((noinline)) unsigned g2087(unsigned x) { return g2088(x * 15u + 2087); }
__attribute__((noinline)) unsigned g2088(unsigned x) { return g2089(x * 17u + 2088); }
__attribute__((noinline)) unsigned g2089(unsigned x) { return g2090(x * 19u + 2089); }
__attribute__((noinline)) unsigned g2090(unsigned x) { return g2091(x * 21u + 2090); }
__attribute__((noinline)) unsigned g2091(unsigned x) { return g2092(x * 23u + 2091); }
__attribute__((noinline)) unsigned g2092(unsigned x) { return g2093(x * 25u + 2092); }
__attribute__((noinline)) unsigned g2093(unsigned x) { return g2094(x * 1u + 2093); }
__attribute__((noinline)) unsigned g2094(unsigned x) { return g2095(x * 3u + 2094); }
__attribute__((noinline)) unsigned g2095(unsigned x) { return g2096(x * 5u + 2095); }
__attribute__((noinline)) unsigned g2096(unsigned x) { return g2097(x * 7u + 2096); }
__attribute__((noinline)) unsigned g2097(unsigned x) { return g2098(x * 9u + 2097); }
__attribute__((noinline)) unsigned g2098(unsigned x) { return g2099(x * 11u + 2098); }
__attribute__((noinline)) unsigned g2099(unsigned x) { return x ^ 2099; }
__attribute__((noinline)) unsigned g2100(unsigned x) { return g2101(x * 15u + 2100); }
__attribute__((noinline)) unsigned g2101(unsigned x) { return g2102(x * 17u + 2101); }
__attribute__((noinline)) unsigned g2102(unsigned x) { return g2103(x * 19u + 2102); }
__attribute__((noinline)) unsigned g2103(unsigned x) { return g2104(x * 21u + 2103); }
__attribute__((noinline)) unsigned g2104(unsigned x) { return g2105(x * 23u + 2104); }
__attribute__((noinline)) unsigned g2105(unsigned x) { return g2106(x * 25u + 2105); }
__attribute__((noinline)) unsigned g2106(unsigned x) { return g2107(x * 1u + 2106); }
__attribute__((noinline)) unsigned g2107(unsigned x) { return g2108(x * 3u + 2107); }
__attribute__((noinline)) unsigned g2108(unsigned x) { return g2109(x * 5u + 2108); }
__attribute__((noinline)) unsigned g2109(unsigned x) { return g2110(x * 7u + 2109); }
__attribute__((noinline)) unsigned g2110(unsigned x) { return g2111(x * 9u + 2110); }
__attribute__((noinline)) unsigned g2111(unsigned x) { return g2112(x * 11u + 2111); }
__attribute__((noinline)) unsigned g2112(unsigned x) { return g2113(x * 13u + 2112); }
__attribute__((noinline)) unsigned g2113(unsigned x) { return g2114(x * 15u + 2113); }
__attribute__((noinline)) unsigned g2114(unsigned x) { return g2115(x * 17u + 2114); }
__attribute__((noinline)) unsigned g2115(unsigned x) { return g2116(x * 19u + 2115); }
__attribute__((noinline)) unsigned g2116(unsigned x) { return g2117(x * 21u + 2116); }
__attribute__((noinline)) unsigned g2117(unsigned x) { return g2118(x * 23u + 2117); }
__attribute__((noinline)) unsigned g2118(unsigned x) { return g2119(x * 25u + 2118); }
__attribute__((noinline)) unsigned g2119(unsigned x) { return g2120(x * 1u + 2119); }
__attribute__((noinline)) unsigned g2120(unsigned x) { return g2121(x * 3u + 2120); }
__attribute__((noinline)) unsigned g2121(unsigned x) { return g2122(x * 5u + 2121); }
__attribute__((noinline)) unsigned g2122(unsigned x) { return g2123(x * 7u + 2122); }
__attribute__((noinline)) unsigned g2123(unsigned x) { return g2124(x * 9u + 2123); }
__attribute__((noinline)) unsigned g2124(unsigned x) { return g2125(x * 11u + 2124); }
__attribute__((noinline)) unsigned g2125(unsigned x) { return g2126(x * 13u + 2125); }
__attribute__((noinline)) unsigned g2126(unsigned x) { return g2127(x * 15u + 2126); }
__attribute__((noinline)) unsigned g2127(unsigned x) { return g2128(x * 17u + 2127); }
__attribute__((noinline)) unsigned g2128(unsigned x) { return g2129(x * 19u + 2128); }
__attribute__((noinline)) unsigned g2129(unsigned x) { return g2130(x * 21u + 2129); }
__attribute__((noinline)) unsigned g2130(unsigned x) { return g2131(x * 23u + 2130); }
__attribute__((noinline)) unsigned g2131(unsigned x) { return g2132(x * 25u + 2131); }
__attribute__((noinline)) unsigned g2132(unsigned x) { return g2133(x * 1u + 2132); }
__attribute__((noinline)) unsigned g2133(unsigned x) { return g2134(x * 3u + 2133); }
__attribute__((noinline)) unsigned g2134(unsigned x) { return g2135(x * 5u + 2134); }
__attribute__((noinline)) unsigned g2135(unsigned x) { return g2136(x * 7u + 2135); }
__attribute__((noinline)) unsigned g2136(unsigned x) { return g2137(x * 9u + 2136); }
__attribute__((noinline)) unsigned g2137(unsigned x) { return g2138(x * 11u + 2137); }
__attribute__((noinline)) unsigned g2138(unsigned x) { return g2139(x * 13u + 2138); }
__attribute__((noinline)) unsigned g2139(unsigned x) { return g2140(x * 15u + 2139); }
__attribute__((noinline)) unsigned g2140(unsigned x) { return g2141(x * 17u + 2140); }
__attribute__((noinline)) unsigned g2141(unsigned x) { return g2142(x * 19u + 2141); }
__attribute__((noinline)) unsigned g2142(unsigned x) { return g2143(x * 21u + 2142); }
__attribute__((noinline)) unsigned g2143(unsigned x) { return g2144(x * 23u + 2143); }
__attribute__((noinline)) unsigned g2144(unsigned x) { return g2145(x * 25u + 2144); }
__attribute__((noinline)) unsigned g2145(unsigned x) { return g2146(x * 1u + 2145); }
__attribute__((noinline)) unsigned g2146(unsigned x) { return g2147(x * 3u + 2146); }
__attribute__((noinline)) unsigned g2147(unsigned x) { return g2148(x * 5u + 2147); }
__attribute__((noinline)) unsigned g2148(unsigned x) { return g2149(x * 7u + 2148); }
__attribute__((noinline)) unsigned g2149(unsigned x) { return x ^ 2149; }
__attribute__((noinline)) unsigned g2150(unsigned x) { return g2151(x * 11u + 2150); }
__attribute__((noinline)) unsigned g2151(unsigned x) { return g2152(x * 13u + 2151); }
__attribute__((noinline)) unsigned g2152(unsigned x) { return g2153(x * 15u + 2152); }
__attribute__((noinline)) unsigned g2153(unsigned x) { return g2154(x * 17u + 2153); }
__attribute__((noinline)) unsigned g2154(unsigned x) { return g2155(x * 19u + 2154); }
__attribute__((noinline)) unsigned g2155(unsigned x) { return g2156(x * 21u + 2155); }
__attribute__((noinline)) unsigned g2156(unsigned x) { return g2157(x * 23u + 2156); }
__attribute__((noinline)) unsigned g2157(unsigned x) { return g2158(x * 25u + 2157); }
__attribute__((noinline)) unsigned g2158(unsigned x) { return g2159(x * 1u + 2158); }
__attribute__((noinline)) unsigned g2159(unsigned x) { return g2160(x * 3u + 2159); }
__attribute__((noinline)) unsigned g2160(unsigned x) { return g2161(x * 5u + 2160); }
__attribute__((noinline)) unsigned g2161(unsigned x) { return g2162(x * 7u + 2161); }
__attribute__((noinline)) unsigned g2162(unsigned x) { return g2163(x * 9u + 2162); }
__attribute__((noinline)) unsigned g2163(unsigned x) { return g2164(x * 11u + 2163); }
__attribute__((noinline)) unsigned g2164(unsigned x) { return g2165(x * 13u + 2164); }
__attribute__((noinline)) unsigned g2165(unsigned x) { return g2166(x * 15u + 2165); }
__attribute__((noinline)) unsigned g2166(unsigned x) { return g2167(x * 17u + 2166); }
__attribute__((noinline)) unsigned g2167(unsigned x) { return g2168(x * 19u + 2167); }
__attribute__((noinline)) unsigned g2168(unsigned x) { return g2169(x * 21u + 2168); }
__attribute__((noinline)) unsigned g2169(unsigned x) { return g2170(x * 23u + 2169); }
__attribute__((noinline)) unsigned g2170(unsigned x) { return g2171(x * 25u + 2170); }
__attribute__((noinline)) unsigned g2171(unsigned x) { return g2172(x * 1u + 2171); }
__attribute__((noinline)) unsigned g2172(unsigned x) { return g2173(x * 3u + 2172); }
__attribute__((noinline)) unsigned g2173(unsigned x) { return g2174(x * 5u + 2173); }
__attribute__((noinline)) unsigned g2174(unsigned x) { return g2175(x * 7u + 2174); }
__attribute__((noinline)) unsigned g2175(unsigned x) { return g2176(x * 9u + 2175); }
__attribute__((noinline)) unsigned g2176(unsigned x) { return g2177(x * 11u + 2176); }
__attribute__((noinline)) unsigned g2177(unsigned x) { return g2178(x * 13u + 2177); }
__attribute__((noinline)) unsigned g2178(unsigned x) { return g2179(x * 15u + 2178); }
__attribute__((noinline)) unsigned g2179(unsigned x) { return g2180(x * 17u + 2179); }
__attribute__((noinline)) unsigned g2180(unsigned x) { return g2181(x * 19u + 2180); }
__attribute__((noinline)) unsigned g2181(unsigned x) { return g2182(x * 21u + 2181); }
__attribute__((noinline)) unsigned g2182(unsigned x) { return g2183(x * 23u + 2182); }
__attribute__((noinline)) unsigned g2183(unsigned x) { return g2184(x * 25u + 2183); }
__attribute__((noinline)) unsigned g2184(unsigned x) { return g2185(x * 1u + 2184); }
__attribute__((noinline)) unsigned g2185(unsigned x) { return g2186(x * 3u + 2185); }
__attribute__((noinline)) unsigned g2186(unsigned x) { return g2187(x * 5u + 2186); }
__attribute__((noinline)) unsigned g2187(unsigned x) { return g2188(x * 7u + 2187); }
__attribute__((noinline)) unsigned g2188(unsigned x) { return g2189(x * 9u + 2188); }
__attribute__((noinline)) unsigned g2189(unsigned x) { return g2190(x * 11u + 2189); }
__attribute__((noinline)) unsigned g2190(unsigned x) { return g2191(x * 13u + 2190); }
__attribute__((noinline)) unsigned g2191(unsigned x) { return g2192(x * 15u + 2191); }
__attribute__((noinline)) unsigned g2192(unsigned x) { return g2193(x * 17u + 2192); }
__attribute__((noinline)) unsigned g2193(unsigned x) { return g2194(x * 19u + 2193); }
__attribute__((noinline)) unsigned g2194(unsigned x) { return g2195(x * 21u + 2194); }
__attribute__((noinline)) unsigned g2195(unsigned x) { return g2196(x * 23u + 2195); }
__attribute__((noinline)) unsigned g2196(unsigned x) { return g2197(x * 25u + 2196); }
__attribute__((noinline)) unsigned g2197(unsigned x) { return g2198(x * 1u + 2197); }
__attribute__((noinline)) unsigned g2198(unsigned x) { return g2199(x * 3u + 2198); }
__attribute__((noinline)) unsigned g2199(unsigned x) { return x ^ 2199; }
__attribute__((noinline)) unsigned g2200(unsigned x) { return g2201(x * 7u + 2200); }
__attribute__((noinline)) unsigned g2201(unsigned x) { return g2202(x * 9u + 2201); }
__attribute__((noinline)) unsigned g2202(unsigned x) { return g2203(x * 11u + 2202); }
__attribute__((noinline)) unsigned g2203(unsigned x) { return g2204(x * 13u + 2203); }
__attribute__((noinline)) unsigned g2204(unsigned x) { return g2205(x * 15u + 2204); }
__attribute__((noinline)) unsigned g2205(unsigned x) { return g2206(x * 17u + 2205); }
__attribute__((noinline)) unsigned g2206(unsigned x) { return g2207(x * 19u + 2206); }
__attribute__((noinline)) unsigned g2207(unsigned x) { return g2208(x * 21u + 2207); }
__attribute__((noinline)) unsigned g2208(unsigned x) { return g2209(x * 23u + 2208); }
__attribute__((noinline)) unsigned g2209(unsigned x) { return g2210(x * 25u + 2209); }
__attribute__((noinline)) unsigned g2210(unsigned x) { return g2211(x * 1u + 2210); }
__attribute__((noinline)) unsigned g2211(unsigned x) { return g2212(x * 3u + 2211); }
__attribute__((noinline)) unsigned g2212(unsigned x) { return g2213(x * 5u + 2212); }
__attribute__((noinline)) unsigned g2213(unsigned x) { return g2214(x * 7u + 2213); }
__attribute__((noinline)) unsigned g2214(unsigned x) { return g2215(x * 9u + 2214); }
__attribute__((noinline)) unsigned g2215(unsigned x) { return g2216(x * 11u + 2215); }
__attribute__((noinline)) unsigned g2216(unsigned x) { return g2217(x * 13u + 2216); }
__attribute__((noinline)) unsigned g2217(unsigned x) { return g2218(x * 15u + 2217); }
__attribute__((noinline)) unsigned g2218(unsigned x) { return g2219(x * 17u + 2218); }
__attribute__((noinline)) unsigned g2219(unsigned x) { return g2220(x * 19u + 2219); }
__attribute__((noinline)) unsigned g2220(unsigned x) { return g2221(x * 21u + 2220); }
__attribute__((noinline)) unsigned g2221(unsigned x) { return g2222(x * 23u + 2221); }
__attribute__((noinline)) unsigned g2222(unsigned x) { return g2223(x * 25u + 2222); }
__attribute__((noinline)) unsigned g2223(unsigned x) { return g2224(x * 1u + 2223); }
__attribute__((noinline)) unsigned g2224(unsigned x) { return g2225(x * 3u + 2224); }
__attribute__((noinline)) unsigned g2225(unsigned x) { return g2226(x * 5u + 2225); }
__attribute__((noinline)) unsigned g2226(unsigned x) { return g2227(x * 7u + 2226); }
__attribute__((noinline)) unsigned g2227(unsigned x) { return g2228(x * 9u + 2227); }
__attribute__((noinline)) unsigned g2228(unsigned x) { return g2229(x * 11u + 2228); }
__attribute__((noinline)) unsigned g2229(unsigned x) { return g2230(x * 13u + 2229); }
__attribute__((noinline)) unsigned g2230(unsigned x) { return g2231(x * 15u + 2230); }
__attribute__((noinline)) unsigned g2231(unsigned x) { return g2232(x * 17u + 2231); }
__attribute__((noinline)) unsigned g2232(unsigned x) { return g2233(x * 19u + 2232); }
__attribute__((noinline)) unsigned g2233(unsigned x) { return g2234(x * 21u + 2233); }
__attribute__((noinline)) unsigned g2234(unsigned x) { return g2235(x * 23u + 2234); }
__attribute__((noinline)) unsigned g2235(unsigned x) { return g2236(x * 25u + 2235); }
__attribute__((noinline)) unsigned g2236(unsigned x) { return g2237(x * 1u + 2236); }
__attribute__((noinline)) unsigned g2237(unsigned x) { return g2238(x * 3u + 2237); }
__attribute__((noinline)) unsigned g2238(unsigned x) { return g2239(x * 5u + 2238); }
__attribute__((noinline)) unsigned g2239(unsigned x) { return g2240(x * 7u + 2239); }
__attribute__((noinline)) unsigned g2240(unsigned x) { return g2241(x * 9u + 2240); }
__attribute__((noinline)) unsigned g2241(unsigned x) { return g2242(x * 11u + 2241); }
__attribute__((noinline)) unsigned g2242(unsigned x) { return g2243(x * 13u + 2242); }
__attribute__((noinline)) unsigned g2243(unsigned x) { return g2244(x * 15u + 2243); }
__attribute__((noinline)) unsigned g2244(unsigned x) { return g2245(x * 17u + 2244); }
__attribute__((noinline)) unsigned g2245(unsigned x) { return g2246(x * 19u + 2245); }
__attribute__((noinline)) unsigned g2246(unsigned x) { return g2247(x * 21u + 2246); }
__attribute__((noinline)) unsigned g2247(unsigned x) { return g2248(x * 23u + 2247); }
__attribute__((noinline)) unsigned g2248(unsigned x) { return g2249(x * 25u + 2248); }
__attribute__((noinline)) unsigned g2249(unsigned x) { return x ^ 2249; }
__attribute__((noinline)) unsigned g2250(unsigned x) { return g2251(x * 3u + 2250); }
__attribute__((noinline)) unsigned g2251(unsigned x) { return g2252(x * 5u + 2251); }
__attribute__((noinline)) unsigned g2252(unsigned x) { return g2253(x * 7u + 2252); }
__attribute__((noinline)) unsigned g2253(unsigned x) { return g2254(x * 9u + 2253); }
__attribute__((noinline)) unsigned g2254(unsigned x) { return g2255(x * 11u + 2254); }
__attribute__((noinline)) unsigned g2255(unsigned x) { return g2256(x * 13u + 2255); }
__attribute__((noinline)) unsigned g2256(unsigned x) { return g2257(x * 15u + 2256); }
__attribute__((noinline)) unsigned g2257(unsigned x) { return g2258(x * 17u + 2257); }
__attribute__((noinline)) unsigned g2258(unsigned x) { return g2259(x * 19u + 2258); }
__attribute__((noinline)) unsigned g2259(unsigned x) { return g2260(x * 21u + 2259); }
__attribute__((noinline)) unsigned g2260(unsigned x) { return g2261(x * 23u + 2260); }
__attribute__((noinline)) unsigned g2261(unsigned x) { return g2262(x * 25u + 2261); }
__attribute__((noinline)) unsigned g2262(unsigned x) { return g2263(x * 1u + 2262); }
__attribute__((noinline)) unsigned g2263(unsigned x) { return g2264(x * 3u + 2263); }
__attribute__((noinline)) unsigned g2264(unsigned x) { return g2265(x * 5u + 2264); }
__attribute__((noinline)) unsigned g2265(unsigned x) { return g2266(x * 7u + 2265); }
__attribute__((noinline)) unsigned g2266(unsigned x) { return g2267(x * 9u + 2266); }
__attribute__((noinline)) unsigned g2267(unsigned x) { return g2268(x * 11u + 2267); }
__attribute__((noinline)) unsigned g2268(unsigned x) { return g2269(x * 13u + 2268); }
__attribute__((noinline)) unsigned g2269(unsigned x) { return g2270(x * 15u + 2269); }
__attribute__((noinline)) unsigned g2270(unsigned x) { return g2271(x * 17u + 2270); }
__attribute__((noinline)) unsigned g2271(unsigned x) { return g2272(x * 19u + 2271); }
__attribute__((noinline)) unsigned g2272(unsigned x) { return g2273(x * 21u + 2272); }
__attribute__((noinline)) unsigned g2273(unsigned x) { return g2274(x * 23u + 2273); }
__attribute__((noinline)) unsigned g2274(unsigned x) { return g2275(x * 25u + 2274); }
__attribute__((noinline)) unsigned g2275(unsigned x) { return g2276(x * 1u + 2275); }
__attribute__((noinline)) unsigned g2276(unsigned x) { return g2277(x * 3u + 2276); }
__attribute__((noinline)) unsigned g2277(unsigned x) { return g2278(x * 5u + 2277); }
__attribute__((noinline)) unsigned g2278(unsigned x) { return g2279(x * 7u + 2278); }
__attribute__((noinline)) unsigned g2279(unsigned x) { return g2280(x * 9u + 2279); }
__attribute__((noinline)) unsigned g2280(unsigned x) { return g2281(x * 11u + 2280); }
__attribute__((noinline)) unsigned g2281(unsigned x) { return g2282(x * 13u + 2281); }
__attribute__((noinline)) unsigned g2282(unsigned x) { return g2283(x * 15u + 2282); }
__attribute__((noinline)) unsigned g2283(unsigned x) { return g2284(x * 17u + 2283); }
__attribute__((noinline)) unsigned g2284(unsigned x) { return g2285(x * 19u + 2284); }
__attribute__((noinline)) unsigned g2285(unsigned x) { return g2286(x * 21u + 2285); }
__attribute__((noinline)) unsigned g2286(unsigned x) { return g2287(x * 23u + 2286); }
__attribute__((noinline)) unsigned g2287(unsigned x) { return g2288(x * 25u + 2287); }
__attribute__((noinline)) unsigned g2288(unsigned x) { return g2289(x * 1u + 2288); }
__attribute__((noinline)) unsigned g2289(unsigned x) { return g2290(x * 3u + 2289); }
__attribute__((noinline)) unsigned g2290(unsigned x) { return g2291(x * 5u + 2290); }
__attribute__((noinline)) unsigned g2291(unsigned x) { return g2292(x * 7u + 2291); }
__attribute__((noinline)) unsigned g2292(unsigned x) { return g2293(x * 9u + 2292); }
__attribute__((noinline)) unsigned g2293(unsigned x) { return g2294(x * 11u + 2293); }
__attribute__((noinline)) unsigned g2294(unsigned x) { return g2295(x * 13u + 2294); }
__attribute__((noinline)) unsigned g2295(unsigned x) { return g2296(x * 15u + 2295); }
__attribute__((noinline)) unsigned g2296(unsigned x) { return g2297(x * 17u + 2296); }
__attribute__((noinline)) unsigned g2297(unsigned x) { return g2298(x * 19u + 2297); }
__attribute__((noinline)) unsigned g2298(unsigned x) { return g2299(x * 21u + 2298); }
__attribute__((noinline)) unsigned g2299(unsigned x) { return x ^ 2299; }
__attribute__((noinline)) unsigned g2300(unsigned x) { return g2301(x * 25u + 2300); }
__attribute__((noinline)) unsigned g2301(unsigned x) { return g2302(x * 1u + 2301); }
__attribute__((noinline)) unsigned g2302(unsigned x) { return g2303(x * 3u + 2302); }
__attribute__((noinline)) unsigned g2303(unsigned x) { return g2304(x * 5u + 2303); }
__attribute__((noinline)) unsigned g2304(unsigned x) { return g2305(x * 7u + 2304); }
__attribute__((noinline)) unsigned g2305(unsigned x) { return g2306(x * 9u + 2305); }
__attribute__((noinline)) unsigned g2306(unsigned x) { return g2307(x * 11u + 2306); }
__attribute__((noinline)) unsigned g2307(unsigned x) { return g2308(x * 13u + 2307); }
__attribute__((noinline)) unsigned g2308(unsigned x) { return g2309(x * 15u + 2308); }
__attribute__((noinline)) unsigned g2309(unsigned x) { return g2310(x * 17u + 2309); }
__attribute__((noinline)) unsigned g2310(unsigned x) { return g2311(x * 19u + 2310); }
__attribute__((noinline)) unsigned g2311(unsigned x) { return g2312(x * 21u + 2311); }
__attribute__((noinline)) unsigned g2312(unsigned x) { return g2313(x * 23u + 2312); }
__attribute__((noinline)) unsigned g2313(unsigned x) { return g2314(x * 25u + 2313); }
__attribute__((noinline)) unsigned g2314(unsigned x) { return g2315(x * 1u + 2314); }
__attribute__((noinline)) unsigned g2315(unsigned x) { return g2316(x * 3u + 2315); }
__attribute__((noinline)) unsigned g2316(unsigned x) { return g2317(x * 5u + 2316); }
__attribute__((noinline)) unsigned g2317(unsigned x) { return g2318(x * 7u + 2317); }
__attribute__((noinline)) unsigned g2318(unsigned x) { return g2319(x * 9u + 2318); }
__attribute__((noinline)) unsigned g2319(unsigned x) { return g2320(x * 11u + 2319); }
__attribute__((noinline)) unsigned g2320(unsigned x) { return g2321(x * 13u + 2320); }
__attribute__((noinline)) unsigned g2321(unsigned x) { return g2322(x * 15u + 2321); }
__attribute__((noinline)) unsigned g2322(unsigned x) { return g2323(x * 17u + 2322); }
__attribute__((noinline)) unsigned g2323(unsigned x) { return g2324(x * 19u + 2323); }
__attribute__((noinline)) unsigned g2324(unsigned x) { return g2325(x * 21u + 2324); }
__attribute__((noinline)) unsigned g2325(unsigned x) { return g2326(x * 23u + 2325); }
__attribute__((noinline)) unsigned g2326(unsigned x) { return g2327(x * 25u + 2326); }
__attribute__((noinline)) unsigned g2327(unsigned x) { return g2328(x * 1u + 2327); }
__attribute__((noinline)) unsigned g2328(unsigned x) { return g2329(x * 3u + 2328); }
__attribute__((noinline)) unsigned g2329(unsigned x) { return g2330(x * 5u + 2329); }
__attribute__((noinline)) unsigned g2330(unsigned x) { return g2331(x * 7u + 2330); }
__attribute__((noinline)) unsigned g2331(unsigned x) { return g2332(x * 9u + 2331); }
__attribute__((noinline)) unsigned g2332(unsigned x) { return g2333(x * 11u + 2332); }
__attribute__((noinline)) unsigned g2333(unsigned x) { return g2334(x * 13u + 2333); }
__attribute__((noinline)) unsigned g2334(unsigned x) { return g2335(x * 15u + 2334); }
__attribute__((noinline)) unsigned g2335(unsigned x) { return g2336(x * 17u + 2335); }
__attribute__((noinline)) unsigned g2336(unsigned x) { return g2337(x * 19u + 2336); }
__attribute__((noinline)) unsigned g2337(unsigned x) { return g2338(x * 21u + 2337); }
__attribute__((noinline)) unsigned g2338(unsigned x) { return g2339(x * 23u + 2338); }
__attribute__((noinline)) unsigned g2339(unsigned x) { return g2340(x * 25u + 2339); }
__attribute__((noinline)) unsigned g2340(unsigned x) { return g2341(x * 1u + 2340); }
__attribute__((noinline)) unsigned g2341(unsigned x) { return g2342(x * 3u + 2341); }
__attribute__((noinline)) unsigned g2342(unsigned x) { return g2343(x * 5u + 2342); }
__attribute__((noinline)) unsigned g2343(unsigned x) { return g2344(x * 7u + 2343); }
__attribute__((noinline)) unsigned g2344(unsigned x) { return g2345(x * 9u + 2344); }
__attribute__((noinline)) unsigned g2345(unsigned x) { return g2346(x * 11u + 2345); }
__attribute__((noinline)) unsigned g2346(unsigned x) { return g2347(x * 13u + 2346); }
__attribute__((noinline)) unsigned g2347(unsigned x) { return g2348(x * 15u + 2347); }
__attribute__((noinline)) unsigned g2348(unsigned x) { return g2349(x * 17u + 2348); }
__attribute__((noinline)) unsigned g2349(unsigned x) { return x ^ 2349; }
__attribute__((noinline)) unsigned g2350(unsigned x) { return g2351(x * 21u + 2350); }
__attribute__((noinline)) unsigned g2351(unsigned x) { return g2352(x * 23u + 2351); }
__attribute__((noinline)) unsigned g2352(unsigned x) { return g2353(x * 25u + 2352); }
__attribute__((noinline)) unsigned g2353(unsigned x) { return g2354(x * 1u + 2353); }
__attribute__((noinline)) unsigned g2354(unsigned x) { return g2355(x * 3u + 2354); }
__attribute__((noinline)) unsigned g2355(unsigned x) { return g2356(x * 5u + 2355); }
__attribute__((noinline)) unsigned g2356(unsigned x) { return g2357(x * 7u + 2356); }
__attribute__((noinline)) unsigned g2357(unsigned x) { return g2358(x * 9u + 2357); }
__attribute__((noinline)) unsigned g2358(unsigned x) { return g2359(x * 11u + 2358); }
__attribute__((noinline)) unsigned g2359(unsigned x) { return g2360(x * 13u + 2359); }
__attribute__((noinline)) unsigned g2360(unsigned x) { return g2361(x * 15u + 2360); }
__attribute__((noinline)) unsigned g2361(unsigned x) { return g2362(x * 17u + 2361); }
__attribute__((noinline)) unsigned g2362(unsigned x) { return g2363(x * 19u + 2362); }
__attribute__((noinline)) unsigned g2363(unsigned x) { return g2364(x * 21u + 2363); }
__attribute__((noinline)) unsigned g2364(unsigned x) { return g2365(x * 23u + 2364); }
__attribute__((noinline)) unsigned g2365(unsigned x) { return g2366(x * 25u + 2365); }
__attribute__((noinline)) unsigned g2366(unsigned x) { return g2367(x * 1u + 2366); }
__attribute__((noinline)) unsigned g2367(unsigned x) { return g2368(x * 3u + 2367); }
__attribute__((noinline)) unsigned g2368(unsigned x) { return g2369(x * 5u + 2368); }
__attribute__((noinline)) unsigned g2369(unsigned x) { return g2370(x * 7u + 2369); }
__attribute__((noinline)) unsigned g2370(unsigned x) { return g2371(x * 9u + 2370); }
__attribute__((noinline)) unsigned g2371(unsigned x) { return g2372(x * 11u + 2371); }
__attribute__((noinline)) unsigned g2372(unsigned x) { return g2373(x * 13u + 2372); }
__attribute__((noinline)) unsigned g2373(unsigned x) { return g2374(x * 15u + 2373); }
__attribute__((noinline)) unsigned g2374(unsigned x) { return g2375(x * 17u + 2374); }
__attribute__((noinline)) unsigned g2375(unsigned x) { return g2376(x * 19u + 2375); }
__attribute__((noinline)) unsigned g2376(unsigned x) { return g2377(x * 21u + 2376); }
__attribute__((noinline)) unsigned g2377(unsigned x) { return g2378(x * 23u + 2377); }
__attribute__((noinline)) unsigned g2378(unsigned x) { return g2379(x * 25u + 2378); }
__attribute__((noinline)) unsigned g2379(unsigned x) { return g2380(x * 1u + 2379); }
__attribute__((noinline)) unsigned g2380(unsigned x) { return g2381(x * 3u + 2380); }
__attribute__((noinline)) unsigned g2381(unsigned x) { return g2382(x * 5u + 2381); }
__attribute__((noinline)) unsigned g2382(unsigned x) { return g2383(x * 7u + 2382); }
__attribute__((noinline)) unsigned g2383(unsigned x) { return g2384(x * 9u + 2383); }
__attribute__((noinline)) unsigned g2384(unsigned x) { return g2385(x * 11u + 2384); }
__attribute__((noinline)) unsigned g2385(unsigned x) { return g2386(x * 13u + 2385); }
__attribute__((noinline)) unsigned g2386(unsigned x) { return g2387(x * 15u + 2386); }
__attribute__((noinline)) unsigned g2387(unsigned x) { return g2388(x * 17u + 2387); }
__attribute__((noinline)) unsigned g2388(unsigned x) { return g2389(x * 19u + 2388); }
__attribute__((noinline)) unsigned g2389(unsigned x) { return g2390(x * 21u + 2389); }
__attribute__((noinline)) unsigned g2390(unsigned x) { return g2391(x * 23u + 2390); }
__attribute__((noinline)) unsigned g2391(unsigned x) { return g2392(x * 25u + 2391); }
__attribute__((noinline)) unsigned g2392(unsigned x) { return g2393(x * 1u + 2392); }
__attribute__((noinline)) unsigned g2393(unsigned x) { return g2394(x * 3u + 2393); }
__attribute__((noinline)) unsigned g2394(unsigned x) { return g2395(x * 5u + 2394); }
__attribute__((noinline)) unsigned g2395(unsigned x) { return g2396(x * 7u + 2395); }
__attribute__((noinline)) unsigned g2396(unsigned x) { return g2397(x * 9u + 2396); }
__attribute__((noinline)) unsigned g2397(unsigned x) { return g2398(x * 11u + 2397); }
__attribute__((noinline)) unsigned g2398(unsigned x) { return g2399(x * 13u + 2398); }
__attribute__((noinline)) unsigned g2399(unsigned x) { return x ^ 2399; }
__attribute__((noinline)) unsigned g2400(unsigned x) { return g2401(x * 17u + 2400); }
__attribute__((noinline)) unsigned g2401(unsigned x) { return g2402(x * 19u + 2401); }
__attribute__((noinline)) unsigned g2402(unsigned x) { return g2403(x * 21u + 2402); }
__attribute__((noinline)) unsigned g2403(unsigned x) { return g2404(x * 23u + 2403); }
__attribute__((noinline)) unsigned g2404(unsigned x) { return g2405(x * 25u + 2404); }
__attribute__((noinline)) unsigned g2405(unsigned x) { return g2406(x * 1u + 2405); }
__attribute__((noinline)) unsigned g2406(unsigned x) { return g2407(x * 3u + 2406); }
__attribute__((noinline)) unsigned g2407(unsigned x) { return g2408(x * 5u + 2407); }
__attribute__((noinline)) unsigned g2408(unsigned x) { return g2409(x * 7u + 2408); }
__attribute__((noinline)) unsigned g2409(unsigned x) { return g2410(x * 9u + 2409); }
__attribute__((noinline)) unsigned g2410(unsigned x) { return g2411(x * 11u + 2410); }
__attribute__((noinline)) unsigned g2411(unsigned x) { return g2412(x * 13u + 2411); }
__attribute__((noinline)) unsigned g2412(unsigned x) { return g2413(x * 15u + 2412); }
__attribute__((noinline)) unsigned g2413(unsigned x) { return g2414(x * 17u + 2413); }
__attribute__((noinline)) unsigned g2414(unsigned x) { return g2415(x * 19u + 2414); }
__attribute__((noinline)) unsigned g2415(unsigned x) { return g2416(x * 21u + 2415); }
__attribute__((noinline)) unsigned g2416(unsigned x) { return g2417(x * 23u + 2416); }
__attribute__((noinline)) unsigned g2417(unsigned x) { return g2418(x * 25u + 2417); }
__attribute__((noinline)) unsigned g2418(unsigned x) { return g2419(x * 1u + 2418); }
__attribute__((noinline)) unsigned g2419(unsigned x) { return g2420(x * 3u + 2419); }
__attribute__((noinline)) unsigned g2420(unsigned x) { return g2421(x * 5u + 2420); }
__attribute__((noinline)) unsigned g2421(unsigned x) { return g2422(x * 7u + 2421); }
__attribute__((noinline)) unsigned g2422(unsigned x) { return g2423(x * 9u + 2422); }
__attribute__((noinline)) unsigned g2423(unsigned x) { return g2424(x * 11u + 2423); }
__attribute__((noinline)) unsigned g2424(unsigned x) { return g2425(x * 13u + 2424); }
__attribute__((noinline)) unsigned g2425(unsigned x) { return g2426(x * 15u + 2425); }
__attribute__((noinline)) unsigned g2426(unsigned x) { return g2427(x * 17u + 2426); }
__attribute__((noinline)) unsigned g2427(unsigned x) { return g2428(x * 19u + 2427); }
__attribute__((noinline)) unsigned g2428(unsigned x) { return g2429(x * 21u + 2428); }
__attribute__((noinline)) unsigned g2429(unsigned x) { return g2430(x * 23u + 2429); }
__attribute__((noinline)) unsigned g2430(unsigned x) { return g2431(x * 25u + 2430); }
__attribute__((noinline)) unsigned g2431(unsigned x) { return g2432(x * 1u + 2431); }
__attribute__((noinline)) unsigned g2432(unsigned x) { return g2433(x * 3u + 2432); }
__attribute__((noinline)) unsigned g2433(unsigned x) { return g2434(x * 5u + 2433); }
__attribute__((noinline)) unsigned g2434(unsigned x) { return g2435(x * 7u + 2434); }
__attribute__((noinline)) unsigned g2435(unsigned x) { return g2436(x * 9u + 2435); }
__attribute__((noinline)) unsigned g2436(unsigned x) { return g2437(x * 11u + 2436); }
__attribute__((noinline)) unsigned g2437(unsigned x) { return g2438(x * 13u + 2437); }
__attribute__((noinline)) unsigned g2438(unsigned x) { return g2439(x * 15u + 2438); }
__attribute__((noinline)) unsigned g2439(unsigned x) { return g2440(x * 17u + 2439); }
__attribute__((noinline)) unsigned g2440(unsigned x) { return g2441(x * 19u + 2440); }
__attribute__((noinline)) unsigned g2441(unsigned x) { return g2442(x * 21u + 2441); }
__attribute__((noinline)) unsigned g2442(unsigned x) { return g2443(x * 23u + 2442); }
__attribute__((noinline)) unsigned g2443(unsigned x) { return g2444(x * 25u + 2443); }
__attribute__((noinline)) unsigned g2444(unsigned x) { return g2445(x * 1u + 2444); }
__attribute__((noinline)) unsigned g2445(unsigned x) { return g2446(x * 3u + 2445); }
__attribute__((noinline)) unsigned g2446(unsigned x) { return g2447(x * 5u + 2446); }
__attribute__((noinline)) unsigned g2447(unsigned x) { return g2448(x * 7u + 2447); }
__attribute__((noinline)) unsigned g2448(unsigned x) { return g2449(x * 9u + 2448); }
__attribute__((noinline)) unsigned g2449(unsigned x) { return x ^ 2449; }
__attribute__((noinline)) unsigned g2450(unsigned x) { return g2451(x * 13u + 2450); }
__attribute__((noinline)) unsigned g2451(unsigned x) { return g2452(x * 15u + 2451); }
__attribute__((noinline)) unsigned g2452(unsigned x) { return g2453(x * 17u + 2452); }
__attribute__((noinline)) unsigned g2453(unsigned x) { return g2454(x * 19u + 2453); }
__attribute__((noinline)) unsigned g2454(unsigned x) { return g2455(x * 21u + 2454); }
__attribute__((noinline)) unsigned g2455(unsigned x) { return g2456(x * 23u + 2455); }
__attribute__((noinline)) unsigned g2456(unsigned x) { return g2457(x * 25u + 2456); }
__attribute__((noinline)) unsigned g2457(unsigned x) { return g2458(x * 1u + 2457); }
__attribute__((noinline)) unsigned g2458(unsigned x) { return g2459(x * 3u + 2458); }
__attribute__((noinline)) unsigned g2459(unsigned x) { return g2460(x * 5u + 2459); }
__attribute__((noinline)) unsigned g2460(unsigned x) { return g2461(x * 7u + 2460); }
__attribute__((noinline)) unsigned g2461(unsigned x) { return g2462(x * 9u + 2461); }
__attribute__((noinline)) unsigned g2462(unsigned x) { return g2463(x * 11u + 2462); }
__attribute__((noinline)) unsigned g2463(unsigned x) { return g2464(x * 13u + 2463); }
__attribute__((noinline)) unsigned g2464(unsigned x) { return g2465(x * 15u + 2464); }
__attribute__((noinline)) unsigned g2465(unsigned x) { return g2466(x * 17u + 2465); }
__attribute__((noinline)) unsigned g2466(unsigned x) { return g2467(x * 19u + 2466); }
__attribute__((noinline)) unsigned g2467(unsigned x) { return g2468(x * 21u + 2467); }
__attribute__((noinline)) unsigned g2468(unsigned x) { return g2469(x * 23u + 2468); }
__attribute__((noinline)) unsigned g2469(unsigned x) { return g2470(x * 25u + 2469); }
__attribute__((noinline)) unsigned g2470(unsigned x) { return g2471(x * 1u + 2470); }
__attribute__((noinline)) unsigned g2471(unsigned x) { return g2472(x * 3u + 2471); }
__attribute__((noinline)) unsigned g2472(unsigned x) { return g2473(x * 5u + 2472); }
__attribute__((noinline)) unsigned g2473(unsigned x) { return g2474(x * 7u + 2473); }
__attribute__((noinline)) unsigned g2474(unsigned x) { return g2475(x * 9u + 2474); }
__attribute__((noinline)) unsigned g2475(unsigned x) { return g2476(x * 11u + 2475); }
__attribute__((noinline)) unsigned g2476(unsigned x) { return g2477(x * 13u + 2476); }
__attribute__((noinline)) unsigned g2477(unsigned x) { return g2478(x * 15u + 2477); }
__attribute__((noinline)) unsigned g2478(unsigned x) { return g2479(x * 17u + 2478); }
__attribute__((noinline)) unsigned g2479(unsigned x) { return g2480(x * 19u + 2479); }
__attribute__((noinline)) unsigned g2480(unsigned x) { return g2481(x * 21u + 2480); }
__attribute__((noinline)) unsigned g2481(unsigned x) { return g2482(x * 23u + 2481); }
__attribute__((noinline)) unsigned g2482(unsigned x) { return g2483(x * 25u + 2482); }
__attribute__((noinline)) unsigned g2483(unsigned x) { return g2484(x * 1u + 2483); }
__attribute__((noinline)) unsigned g2484(unsigned x) { return g2485(x * 3u + 2484); }
__attribute__((noinline)) unsigned g2485(unsigned x) { return g2486(x * 5u + 2485); }
__attribute__((noinline)) unsigned g2486(unsigned x) { return g2487(x * 7u + 2486); }
__attribute__((noinline)) unsigned g2487(unsigned x) { return g2488(x * 9u + 2487); }
__attribute__((noinline)) unsigned g2488(unsigned x) { return g2489(x * 11u + 2488); }
__attribute__((noinline)) unsigned g2489(unsigned x) { return g2490(x * 13u + 2489); }
__attribute__((noinline)) unsigned g2490(unsigned x) { return g2491(x * 15u + 2490); }
__attribute__((noinline)) unsigned g2491(unsigned x) { return g2492(x * 17u + 2491); }
__attribute__((noinline)) unsigned g2492(unsigned x) { return g2493(x * 19u + 2492); }
__attribute__((noinline)) unsigned g2493(unsigned x) { return g2494(x * 21u + 2493); }
__attribute__((noinline)) unsigned g2494(unsigned x) { return g2495(x * 23u + 2494); }
__attribute__((noinline)) unsigned g2495(unsigned x) { return g2496(x * 25u + 2495); }
__attribute__((noinline)) unsigned g2496(unsigned x) { return g2497(x * 1u + 2496); }
__attribute__((noinline)) unsigned g2497(unsigned x) { return g2498(x * 3u + 2497); }
__attribute__((noinline)) unsigned g2498(unsigned x) { return g2499(x * 5u + 2498); }
__attribute__((noinline)) unsigned g2499(unsigned x) { return x ^ 2499; }
__attribute__((noinline)) unsigned g2500(unsigned x) { return g2501(x * 9u + 2500); }
__attribute__((noinline)) unsigned g2501(unsigned x) { return g2502(x * 11u + 2501); }
__attribute__((noinline)) unsigned g2502(unsigned x) { return g2503(x * 13u + 2502); }
__attribute__((noinline)) unsigned g2503(unsigned x) { return g2504(x * 15u + 2503); }
__attribute__((noinline)) unsigned g2504(unsigned x) { return g2505(x * 17u + 2504); }
__attribute__((noinline)) unsigned g2505(unsigned x) { return g2506(x * 19u + 2505); }
__attribute__((noinline)) unsigned g2506(unsigned x) { return g2507(x * 21u + 2506); }
__attribute__((noinline)) unsigned g2507(unsigned x) { return g2508(x * 23u + 2507); }
__attribute__((noinline)) unsigned g2508(unsigned x) { return g2509(x * 25u + 2508); }
__attribute__((noinline)) unsigned g2509(unsigned x) { return g2510(x * 1u + 2509); }
__attribute__((noinline)) unsigned g2510(unsigned x) { return g2511(x * 3u + 2510); }
__attribute__((noinline)) unsigned g2511(unsigned x) { return g2512(x * 5u + 2511); }
__attribute__((noinline)) unsigned g2512(unsigned x) { return g2513(x * 7u + 2512); }
__attribute__((noinline)) unsigned g2513(unsigned x) { return g2514(x * 9u + 2513); }
__attribute__((noinline)) unsigned g2514(unsigned x) { return g2515(x * 11u + 2514); }
__attribute__((noinline)) unsigned g2515(unsigned x) { return g2516(x * 13u + 2515); }
__attribute__((noinline)) unsigned g2516(unsigned x) { return g2517(x * 15u + 2516); }
__attribute__((noinline)) unsigned g2517(unsigned x) { return g2518(x * 17u + 2517); }
__attribute__((noinline)) unsigned g2518(unsigned x) { return g2519(x * 19u + 2518); }
__attribute__((noinline)) unsigned g2519(unsigned x) { return g2520(x * 21u + 2519); }
__attribute__((noinline)) unsigned g2520(unsigned x) { return g2521(x * 23u + 2520); }
__attribute__((noinline)) unsigned g2521(unsigned x) { return g2522(x * 25u + 2521); }
__attribute__((noinline)) unsigned g2522(unsigned x) { return g2523(x * 1u + 2522); }
__attribute__((noinline)) unsigned g2523(unsigned x) { return g2524(x * 3u + 2523); }
__attribute__((noinline)) unsigned g2524(unsigned x) { return g2525(x * 5u + 2524); }
__attribute__((noinline)) unsigned g2525(unsigned x) { return g2526(x * 7u + 2525); }
__attribute__((noinline)) unsigned g2526(unsigned x) { return g2527(x * 9u + 2526); }
__attribute__((noinline)) unsigned g2527(unsigned x) { return g2528(x * 11u + 2527); }
__attribute__((noinline)) unsigned g2528(unsigned x) { return g2529(x * 13u + 2528); }
__attribute__((noinline)) unsigned g2529(unsigned x) { return g2530(x * 15u + 2529); }
__attribute__((noinline)) unsigned g2530(unsigned x) { return g2531(x * 17u + 2530); }
__attribute__((noinline)) unsigned g2531(unsigned x) { return g2532(x * 19u + 2531); }
__attribute__((noinline)) unsigned g2532(unsigned x) { return g2533(x * 21u + 2532); }
__attribute__((noinline)) unsigned g2533(unsigned x) { return g2534(x * 23u + 2533); }
__attribute__((noinline)) unsigned g2534(unsigned x) { return g2535(x * 25u + 2534); }
__attribute__((noinline)) unsigned g2535(unsigned x) { return g2536(x * 1u + 2535); }
__attribute__((noinline)) unsigned g2536(unsigned x) { return g2537(x * 3u + 2536); }
__attribute__((noinline)) unsigned g2537(unsigned x) { return g2538(x * 5u + 2537); }
__attribute__((noinline)) unsigned g2538(unsigned x) { return g2539(x * 7u + 2538); }
__attribute__((noinline)) unsigned g2539(unsigned x) { return g2540(x * 9u + 2539); }
__attribute__((noinline)) unsigned g2540(unsigned x) { return g2541(x * 11u + 2540); }
__attribute__((noinline)) unsigned g2541(unsigned x) { return g2542(x * 13u + 2541); }
__attribute__((noinline)) unsigned g2542(unsigned x) { return g2543(x * 15u + 2542); }
__attribute__((noinline)) unsigned g2543(unsigned x) { return g2544(x * 17u + 2543); }
__attribute__((noinline)) unsigned g2544(unsigned x) { return g2545(x * 19u + 2544); }
__attribute__((noinline)) unsigned g2545(unsigned x) { return g2546(x * 21u + 2545); }
__attribute__((noinline)) unsigned g2546(unsigned x) { return g2547(x * 23u + 2546); }
__attribute__((noinline)) unsigned g2547(unsigned x) { return g2548(x * 25u + 2547); }
__attribute__((noinline)) unsigned g2548(unsigned x) { return g2549(x * 1u + 2548); }
__attribute__((noinline)) unsigned g2549(unsigned x) { return x ^ 2549; }
__attribute__((noinline)) unsigned g2550(unsigned x) { return g2551(x * 5u + 2550); }
__attribute__((noinline)) unsigned g2551(unsigned x) { return g2552(x * 7u + 2551); }
__attribute__((noinline)) unsigned g2552(unsigned x) { return g2553(x * 9u + 2552); }
__attribute__((noinline)) unsigned g2553(unsigned x) { return g2554(x * 11u + 2553); }
__attribute__((noinline)) unsigned g2554(unsigned x) { return g2555(x * 13u + 2554); }
__attribute__((noinline)) unsigned g2555(unsigned x) { return g2556(x * 15u + 2555); }
__attribute__((noinline)) unsigned g2556(unsigned x) { return g2557(x * 17u + 2556); }
__attribute__((noinline)) unsigned g2557(unsigned x) { return g2558(x * 19u + 2557); }
__attribute__((noinline)) unsigned g2558(unsigned x) { return g2559(x * 21u + 2558); }
__attribute__((noinline)) unsigned g2559(unsigned x) { return g2560(x * 23u + 2559); }
__attribute__((noinline)) unsigned g2560(unsigned x) { return g2561(x * 25u + 2560); }
__attribute__((noinline)) unsigned g2561(unsigned x) { return g2562(x * 1u + 2561); }
__attribute__((noinline)) unsigned g2562(unsigned x) { return g2563(x * 3u + 2562); }
__attribute__((noinline)) unsigned g2563(unsigned x) { return g2564(x * 5u + 2563); }
__attribute__((noinline)) unsigned g2564(unsigned x) { return g2565(x * 7u + 2564); }
__attribute__((noinline)) unsigned g2565(unsigned x) { return g2566(x * 9u + 2565); }
__attribute__((noinline)) unsigned g2566(unsigned x) { return g2567(x * 11u + 2566); }
__attribute__((noinline)) unsigned g2567(unsigned x) { return g2568(x * 13u + 2567); }
__attribute__((noinline)) unsigned g2568(unsigned x) { return g2569(x * 15u + 2568); }
__attribute__((noinline)) unsigned g2569(unsigned x) { return g2570(x * 17u + 2569); }
__attribute__((noinline)) unsigned g2570(unsigned x) { return g2571(x * 19u + 2570); }
__attribute__((noinline)) unsigned g2571(unsigned x) { return g2572(x * 21u + 2571); }
__attribute__((noinline)) unsigned g2572(unsigned x) { return g2573(x * 23u + 2572); }
__attribute__((noinline)) unsigned g2573(unsigned x) { return g2574(x * 25u + 2573); }
__attribute__((noinline)) unsigned g2574(unsigned x) { return g2575(x * 1u + 2574); }
__attribute__((noinline)) unsigned g2575(unsigned x) { return g2576(x * 3u + 2575); }
__attribute__((noinline)) unsigned g2576(unsigned x) { return g2577(x * 5u + 2576); }
__attribute__((noinline)) unsigned g2577(unsigned x) { return g2578(x * 7u + 2577); }
__attribute__((noinline)) unsigned g2578(unsigned x) { return g2579(x * 9u + 2578); }
__attribute__((noinline)) unsigned g2579(unsigned x) { return g2580(x * 11u + 2579); }
__attribute__((noinline)) unsigned g2580(unsigned x) { return g2581(x * 13u + 2580); }
__attribute__((noinline)) unsigned g2581(unsigned x) { return g2582(x * 15u + 2581); }
__attribute__((noinline)) unsigned g2582(unsigned x) { return g2583(x * 17u + 2582); }
__attribute__((noinline)) unsigned g2583(unsigned x) { return g2584(x * 19u + 2583); }
__attribute__((noinline)) unsigned g2584(unsigned x) { return g2585(x * 21u + 2584); }
__attribute__((noinline)) unsigned g2585(unsigned x) { return g2586(x * 23u + 2585); }
__attribute__((noinline)) unsigned g2586(unsigned x) { return g2587(x * 25u + 2586); }
__attribute__((noinline)) unsigned g2587(unsigned x) { return g2588(x * 1u + 2587); }
__attribute__((noinline)) unsigned g2588(unsigned x) { return g2589(x * 3u + 2588); }
__attribute__((noinline)) unsigned g2589(unsigned x) { return g2590(x * 5u + 2589); }
__attribute__((noinline)) unsigned g2590(unsigned x) { return g2591(x * 7u + 2590); }
__attribute__((noinline)) unsigned g2591(unsigned x) { return g2592(x * 9u + 2591); }
__attribute__((noinline)) unsigned g2592(unsigned x) { return g2593(x * 11u + 2592); }
__attribute__((noinline)) unsigned g2593(unsigned x) { return g2594(x * 13u + 2593); }
__attribute__((noinline)) unsigned g2594(unsigned x) { return g2595(x * 15u + 2594); }
__attribute__((noinline)) unsigned g2595(unsigned x) { return g2596(x * 17u + 2595); }
__attribute__((noinline)) unsigned g2596(unsigned x) { return g2597(x * 19u + 2596); }
__attribute__((noinline)) unsigned g2597(unsigned x) { return g2598(x * 21u + 2597); }
__attribute__((noinline)) unsigned g2598(unsigned x) { return g2599(x * 23u + 2598); }
__attribute__((noinline)) unsigned g2599(unsigned x) { return x ^ 2599; }
__attribute__((noinline)) unsigned g2600(unsigned x) { return g2601(x * 1u + 2600); }
__attribute__((noinline)) unsigned g2601(unsigned x) { return g2602(x * 3u + 2601); }
__attribute__((noinline)) unsigned g2602(unsigned x) { return g2603(x * 5u + 2602); }
__attribute__((noinline)) unsigned g2603(unsigned x) { return g2604(x * 7u + 2603); }
__attribute__((noinline)) unsigned g2604(unsigned x) { return g2605(x * 9u + 2604); }
__attribute__((noinline)) unsigned g2605(unsigned x) { return g2606(x * 11u + 2605); }
__attribute__((noinline)) unsigned g2606(unsigned x) { return g2607(x * 13u + 2606); }
__attribute__((noinline)) unsigned g2607(unsigned x) { return g2608(x * 15u + 2607); }
__attribute__((noinline)) unsigned g2608(unsigned x) { return g2609(x * 17u + 2608); }
__attribute__((noinline)) unsigned g2609(unsigned x) { return g2610(x * 19u + 2609); }
__attribute__((noinline)) unsigned g2610(unsigned x) { return g2611(x * 21u + 2610); }
__attribute__((noinline)) unsigned g2611(unsigned x) { return g2612(x * 23u + 2611); }
__attribute__((noinline)) unsigned g2612(unsigned x) { return g2613(x * 25u + 2612); }
__attribute__((noinline)) unsigned g2613(unsigned x) { return g2614(x * 1u + 2613); }
__attribute__((noinline)) unsigned g2614(unsigned x) { return g2615(x * 3u + 2614); }
__attribute__((noinline)) unsigned g2615(unsigned x) { return g2616(x * 5u + 2615); }
__attribute__((noinline)) unsigned g2616(unsigned x) { return g2617(x * 7u + 2616); }
__attribute__((noinline)) unsigned g2617(unsigned x) { return g2618(x * 9u + 2617); }
__attribute__((noinline)) unsigned g2618(unsigned x) { return g2619(x * 11u + 2618); }
__attribute__((noinline)) unsigned g2619(unsigned x) { return g2620(x * 13u + 2619); }
__attribute__((noinline)) unsigned g2620(unsigned x) { return g2621(x * 15u + 2620); }
__attribute__((noinline)) unsigned g2621(unsigned x) { return g2622(x * 17u + 2621); }
__attribute__((noinline)) unsigned g2622(unsigned x) { return g2623(x * 19u + 2622); }
__attribute__((noinline)) unsigned g2623(unsigned x) { return g2624(x * 21u + 2623); }
__attribute__((noinline)) unsigned g2624(unsigned x) { return g2625(x * 23u + 2624); }
__attribute__((noinline)) unsigned g2625(unsigned x) { return g2626(x * 25u + 2625); }
__attribute__((noinline)) unsigned g2626(unsigned x) { return g2627(x * 1u + 2626); }
__attribute__((noinline)) unsigned g2627(unsigned x) { return g2628(x * 3u + 2627); }
__attribute__((noinline)) unsigned g2628(unsigned x) { return g2629(x * 5u + 2628); }
__attribute__((noinline)) unsigned g2629(unsigned x) { return g2630(x * 7u + 2629); }
__attribute__((noinline)) unsigned g2630(unsigned x) { return g2631(x * 9u + 2630); }
__attribute__((noinline)) unsigned g2631(unsigned x) { return g2632(x * 11u + 2631); }
__attribute__((noinline)) unsigned g2632(unsigned x) { return g2633(x * 13u + 2632); }
__attribute__((noinline)) unsigned g2633(unsigned x) { return g2634(x * 15u + 2633); }
__attribute__((noinline)) unsigned g2634(unsigned x) { return g2635(x * 17u + 2634); }
__attribute__((noinline)) unsigned g2635(unsigned x) { return g2636(x * 19u + 2635); }
__attribute__((noinline)) unsigned g2636(unsigned x) { return g2637(x * 21u + 2636); }
__attribute__((noinline)) unsigned g2637(unsigned x) { return g2638(x * 23u + 2637); }
__attribute__((noinline)) unsigned g2638(unsigned x) { return g2639(x * 25u + 2638); }
__attribute__((noinline)) unsigned g2639(unsigned x) { return g2640(x * 1u + 2639); }
__attribute__((noinline)) unsigned g2640(unsigned x) { return g2641(x * 3u + 2640); }
__attribute__((noinline)) unsigned g2641(unsigned x) { return g2642(x * 5u + 2641); }
__attribute__((noinline)) unsigned g2642(unsigned x) { return g2643(x * 7u + 2642); }
__attribute__((noinline)) unsigned g2643(unsigned x) { return g2644(x * 9u + 2643); }
__attribute__((noinline)) unsigned g2644(unsigned x) { return g2645(x * 11u + 2644); }
__attribute__((noinline)) unsigned g2645(unsigned x) { return g2646(x * 13u + 2645); }
__attribute__((noinline)) unsigned g2646(unsigned x) { return g2647(x * 15u + 2646); }
__attribute__((noinline)) unsigned g2647(unsigned x) { return g2648(x * 17u + 2647); }
__attribute__((noinline)) unsigned g2648(unsigned x) { return g2649(x * 19u + 2648); }
__attribute__((noinline)) unsigned g2649(unsigned x) { return x ^ 2649; }
__attribute__((noinline)) unsigned g2650(unsigned x) { return g2651(x * 23u + 2650); }
__attribute__((noinline)) unsigned g2651(unsigned x) { return g2652(x * 25u + 2651); }
__attribute__((noinline)) unsigned g2652(unsigned x) { return g2653(x * 1u + 2652); }
__attribute__((noinline)) unsigned g2653(unsigned x) { return g2654(x * 3u + 2653); }
__attribute__((noinline)) unsigned g2654(unsigned x) { return g2655(x * 5u + 2654); }
__attribute__((noinline)) unsigned g2655(unsigned x) { return g2656(x * 7u + 2655); }
__attribute__((noinline)) unsigned g2656(unsigned x) { return g2657(x * 9u + 2656); }
__attribute__((noinline)) unsigned g2657(unsigned x) { return g2658(x * 11u + 2657); }
__attribute__((noinline)) unsigned g2658(unsigned x) { return g2659(x * 13u + 2658); }
__attribute__((noinline)) unsigned g2659(unsigned x) { return g2660(x * 15u + 2659); }
__attribute__((noinline)) unsigned g2660(unsigned x) { return g2661(x * 17u + 2660); }
__attribute__((noinline)) unsigned g2661(unsigned x) { return g2662(x * 19u + 2661); }
__attribute__((noinline)) unsigned g2662(unsigned x) { return g2663(x * 21u + 2662); }
__attribute__((noinline)) unsigned g2663(unsigned x) { return g2664(x * 23u + 2663); }
__attribute__((noinline)) unsigned g2664(unsigned x) { return g2665(x * 25u + 2664); }
__attribute__((noinline)) unsigned g2665(unsigned x) { return g2666(x * 1u + 2665); }
__attribute__((noinline)) unsigned g2666(unsigned x) { return g2667(x * 3u + 2666); }
__attribute__((noinline)) unsigned g2667(unsigned x) { return g2668(x * 5u + 2667); }
__attribute__((noinline)) unsigned g2668(unsigned x) { return g2669(x * 7u + 2668); }
__attribute__((noinline)) unsigned g2669(unsigned x) { return g2670(x * 9u + 2669); }
__attribute__((noinline)) unsigned g2670(unsigned x) { return g2671(x * 11u + 2670); }
__attribute__((noinline)) unsigned g2671(unsigned x) { return g2672(x * 13u + 2671); }
__attribute__((noinline)) unsigned g2672(unsigned x) { return g2673(x * 15u + 2672); }
__attribute__((noinline)) unsigned g2673(unsigned x) { return g2674(x * 17u + 2673); }
__attribute__((noinline)) unsigned g2674(unsigned x) { return g2675(x * 19u + 2674); }
__attribute__((noinline)) unsigned g2675(unsigned x) { return g2676(x * 21u + 2675); }
__attribute__((noinline)) unsigned g2676(unsigned x) { return g2677(x * 23u + 2676); }
__attribute__((noinline)) unsigned g2677(unsigned x) { return g2678(x * 25u + 2677); }
__attribute__((noinline)) unsigned g2678(unsigned x) { return g2679(x * 1u + 2678); }
__attribute__((noinline)) unsigned g2679(unsigned x) { return g2680(x * 3u + 2679); }
__attribute__((noinline)) unsigned g2680(unsigned x) { return g2681(x * 5u + 2680); }
__attribute__((noinline)) unsigned g2681(unsigned x) { return g2682(x * 7u + 2681); }
__attribute__((noinline)) unsigned g2682(unsigned x) { return g2683(x * 9u + 2682); }
__attribute__((noinline)) unsigned g2683(unsigned x) { return g2684(x * 11u + 2683); }
__attribute__((noinline)) unsigned g2684(unsigned x) { return g2685(x * 13u + 2684); }
__attribute__((noinline)) unsigned g2685(unsigned x) { return g2686(x * 15u + 2685); }
__attribute__((noinline)) unsigned g2686(unsigned x) { return g2687(x * 17u + 2686); }
__attribute__((noinline)) unsigned g2687(unsigned x) { return g2688(x * 19u + 2687); }
__attribute__((noinline)) unsigned g2688(unsigned x) { return g2689(x * 21u + 2688); }
__attribute__((noinline)) unsigned g2689(unsigned x) { return g2690(x * 23u + 2689); }
__attribute__((noinline)) unsigned g2690(unsigned x) { return g2691(x * 25u + 2690); }
__attribute__((noinline)) unsigned g2691(unsigned x) { return g2692(x * 1u + 2691); }
__attribute__((noinline)) unsigned g2692(unsigned x) { return g2693(x * 3u + 2692); }
__attribute__((noinline)) unsigned g2693(unsigned x) { return g2694(x * 5u + 2693); }
__attribute__((noinline)) unsigned g2694(unsigned x) { return g2695(x * 7u + 2694); }
__attribute__((noinline)) unsigned g2695(unsigned x) { return g2696(x * 9u + 2695); }
__attribute__((noinline)) unsigned g2696(unsigned x) { return g2697(x * 11u + 2696); }
__attribute__((noinline)) unsigned g2697(unsigned x) { return g2698(x * 13u + 2697); }
__attribute__((noinline)) unsigned g2698(unsigned x) { return g2699(x * 15u + 2698); }
__attribute__((noinline)) unsigned g2699(unsigned x) { return x ^ 2699; }
__attribute__((noinline)) unsigned g2700(unsigned x) { return g2701(x * 19u + 2700); }
__attribute__((noinline)) unsigned g2701(unsigned x) { return g2702(x * 21u + 2701); }
__attribute__((noinline)) unsigned g2702(unsigned x) { return g2703(x * 23u + 2702); }
__attribute__((noinline)) unsigned g2703(unsigned x) { return g2704(x * 25u + 2703); }
__attribute__((noinline)) unsigned g2704(unsigned x) { return g2705(x * 1u + 2704); }
__attribute__((noinline)) unsigned g2705(unsigned x) { return g2706(x * 3u + 2705); }
__attribute__((noinline)) unsigned g2706(unsigned x) { return g2707(x * 5u + 2706); }
__attribute__((noinline)) unsigned g2707(unsigned x) { return g2708(x * 7u + 2707); }
__attribute__((noinline)) unsigned g2708(unsigned x) { return g2709(x * 9u + 2708); }
__attribute__((noinline)) unsigned g2709(unsigned x) { return g2710(x * 11u + 2709); }
__attribute__((noinline)) unsigned g2710(unsigned x) { return g2711(x * 13u + 2710); }
__attribute__((noinline)) unsigned g2711(unsigned x) { return g2712(x * 15u + 2711); }
__attribute__((noinline)) unsigned g2712(unsigned x) { return g2713(x * 17u + 2712); }
__attribute__((noinline)) unsigned g2713(unsigned x) { return g2714(x * 19u + 2713); }
__attribute__((noinline)) unsigned g2714(unsigned x) { return g2715(x * 21u + 2714); }
__attribute__((noinline)) unsigned g2715(unsigned x) { return g2716(x * 23u + 2715); }
__attribute__((noinline)) unsigned g2716(unsigned x) { return g2717(x * 25u + 2716); }
__attribute__((noinline)) unsigned g2717(unsigned x) { return g2718(x * 1u + 2717); }
__attribute__((noinline)) unsigned g2718(unsigned x) { return g2719(x * 3u + 2718); }
__attribute__((noinline)) unsigned g2719(unsigned x) { return g2720(x * 5u + 2719); }
__attribute__((noinline)) unsigned g2720(unsigned x) { return g2721(x * 7u + 2720); }
__attribute__((noinline)) unsigned g2721(unsigned x) { return g2722(x * 9u + 2721); }
__attribute__((noinline)) unsigned g2722(unsigned x) { return g2723(x * 11u + 2722); }
__attribute__((noinline)) unsigned g2723(unsigned x) { return g2724(x * 13u + 2723); }
__attribute__((noinline)) unsigned g2724(unsigned x) { return g2725(x * 15u + 2724); }
__attribute__((noinline)) unsigned g2725(unsigned x) { return g2726(x * 17u + 2725); }
__attribute__((noinline)) unsigned g2726(unsigned x) { return g2727(x * 19u + 2726); }
__attribute__((noinline)) unsigned g2727(unsigned x) { return g2728(x * 21u + 2727); }
__attribute__((noinline)) unsigned g2728(unsigned x) { return g2729(x * 23u + 2728); }
__attribute__((noinline)) unsigned g2729(unsigned x) { return g2730(x * 25u + 2729); }
__attribute__((noinline)) unsigned g2730(unsigned x) { return g2731(x * 1u + 2730); }
__attribute__((noinline)) unsigned g2731(unsigned x) { return g2732(x * 3u + 2731); }
__attribute__((noinline)) unsigned g2732(unsigned x) { return g2733(x * 5u + 2732); }
__attribute__((noinline)) unsigned g2733(unsigned x) { return g2734(x * 7u + 2733); }
__attribute__((noinline)) unsigned g2734(unsigned x) { return g2735(x * 9u + 2734); }
__attribute__((noinline)) unsigned g2735(unsigned x) { return g2736(x * 11u + 2735); }
__attribute__((noinline)) unsigned g2736(unsigned x) { return g2737(x * 13u + 2736); }
__attribute__((noinline)) unsigned g2737(unsigned x) { return g2738(x * 15u + 2737); }
__attribute__((noinline)) unsigned g2738(unsigned x) { return g2739(x * 17u + 2738); }
__attribute__((noinline)) unsigned g2739(unsigned x) { return g2740(x * 19u + 2739); }
__attribute__((noinline)) unsigned g2740(unsigned x) { return g2741(x * 21u + 2740); }
__attribute__((noinline)) unsigned g2741(unsigned x) { return g2742(x * 23u + 2741); }
__attribute__((noinline)) unsigned g2742(unsigned x) { return g2743(x * 25u + 2742); }
__attribute__((noinline)) unsigned g2743(unsigned x) { return g2744(x * 1u + 2743); }
__attribute__((noinline)) unsigned g2744(unsigned x) { return g2745(x * 3u + 2744); }
__attribute__((noinline)) unsigned g2745(unsigned x) { return g2746(x * 5u + 2745); }
__attribute__((noinline)) unsigned g2746(unsigned x) { return g2747(x * 7u + 2746); }
__attribute__((noinline)) unsigned g2747(unsigned x) { return g2748(x * 9u + 2747); }
__attribute__((noinline)) unsigned g2748(unsigned x) { return g2749(x * 11u + 2748); }
__attribute__((noinline)) unsigned g2749(unsigned x) { return x ^ 2749; }
__attribute__((noinline)) unsigned g2750(unsigned x) { return g2751(x * 15u + 2750); }
__attribute__((noinline)) unsigned g2751(unsigned x) { return g2752(x * 17u + 2751); }
__attribute__((noinline)) unsigned g2752(unsigned x) { return g2753(x * 19u + 2752); }
__attribute__((noinline)) unsigned g2753(unsigned x) { return g2754(x * 21u + 2753); }
__attribute__((noinline)) unsigned g2754(unsigned x) { return g2755(x * 23u + 2754); }
__attribute__((noinline)) unsigned g2755(unsigned x) { return g2756(x * 25u + 2755); }
__attribute__((noinline)) unsigned g2756(unsigned x) { return g2757(x * 1u + 2756); }
__attribute__((noinline)) unsigned g2757(unsigned x) { return g2758(x * 3u + 2757); }
__attribute__((noinline)) unsigned g2758(unsigned x) { return g2759(x * 5u + 2758); }
__attribute__((noinline)) unsigned g2759(unsigned x) { return g2760(x * 7u + 2759); }
__attribute__((noinline)) unsigned g2760(unsigned x) { return g2761(x * 9u + 2760); }
__attribute__((noinline)) unsigned g2761(unsigned x) { return g2762(x * 11u + 2761); }
__attribute__((noinline)) unsigned g2762(unsigned x) { return g2763(x * 13u + 2762); }
__attribute__((noinline)) unsigned g2763(unsigned x) { return g2764(x * 15u + 2763); }
__attribute__((noinline)) unsigned g2764(unsigned x) { return g2765(x * 17u + 2764); }
__attribute__((noinline)) unsigned g2765(unsigned x) { return g2766(x * 19u + 2765); }
__attribute__((noinline)) unsigned g2766(unsigned x) { return g2767(x * 21u + 2766); }
__attribute__((noinline)) unsigned g2767(unsigned x) { return g2768(x * 23u + 2767); }
__attribute__((noinline)) unsigned g2768(unsigned x) { return g2769(x * 25u + 2768); }
__attribute__((noinline)) unsigned g2769(unsigned x) { return g2770(x * 1u + 2769); }
__attribute__((noinline)) unsigned g2770(unsigned x) { return g2771(x * 3u + 2770); }
__attribute__((noinline)) unsigned g2771(unsigned x) { return g2772(x * 5u + 2771); }
__attribute__((noinline)) unsigned g2772(unsigned x) { return g2773(x * 7u + 2772); }
__attribute__((noinline)) unsigned g2773(unsigned x) { return g2774(x * 9u + 2773); }
__attribute__((noinline)) unsigned g2774(unsigned x) { return g2775(x * 11u + 2774); }
__attribute__((noinline)) unsigned g2775(unsigned x) { return g2776(x * 13u + 2775); }
__attribute__((noinline)) unsigned g2776(unsigned x) { return g2777(x * 15u + 2776); }
__attribute__((noinline)) unsigned g2777(unsigned x) { return g2778(x * 17u + 2777); }
__attribute__((noinline)) unsigned g2778(unsigned x) { return g2779(x * 19u + 2778); }
__attribute__((noinline)) unsigned g2779(unsigned x) { return g2780(x * 21u + 2779); }
__attribute__((noinline)) unsigned g2780(unsigned x) { return g2781(x * 23u + 2780); }
__attribute__((noinline)) unsigned g2781(unsigned x) { return g2782(x * 25u + 2781); }
__attribute__((noinline)) unsigned g2782(unsigned x) { return g2783(x * 1u + 2782); }
__attribute__((noinline)) unsigned g2783(unsigned x) { return g2784(x * 3u + 2783); }
__attribute__((noinline)) unsigned g2784(unsigned x) { return g2785(x * 5u + 2784); }
__attribute__((noinline)) unsigned g2785(unsigned x) { return g2786(x * 7u + 2785); }
__attribute__((noinline)) unsigned g2786(unsigned x) { return g2787(x * 9u + 2786); }
__attribute__((noinline)) unsigned g2787(unsigned x) { return g2788(x * 11u + 2787); }
__attribute__((noinline)) unsigned g2788(unsigned x) { return g2789(x * 13u + 2788); }
__attribute__((noinline)) unsigned g2789(unsigned x) { return g2790(x * 15u + 2789); }
__attribute__((noinline)) unsigned g2790(unsigned x) { return g2791(x * 17u + 2790); }
__attribute__((noinline)) unsigned g2791(unsigned x) { return g2792(x * 19u + 2791); }
__attribute__((noinline)) unsigned g2792(unsigned x) { return g2793(x * 21u + 2792); }
__attribute__((noinline)) unsigned g2793(unsigned x) { return g2794(x * 23u + 2793); }
__attribute__((noinline)) unsigned g2794(unsigned x) { return g2795(x * 25u + 2794); }
__attribute__((noinline)) unsigned g2795(unsigned x) { return g2796(x * 1u + 2795); }
__attribute__((noinline)) unsigned g2796(unsigned x) { return g2797(x * 3u + 2796); }
__attribute__((noinline)) unsigned g2797(unsigned x) { return g2798(x * 5u + 2797); }
__attribute__((noinline)) unsigned g2798(unsigned x) { return g2799(x * 7u + 2798); }
__attribute__((noinline)) unsigned g2799(unsigned x) { return x ^ 2799; }
__attribute__((noinline)) unsigned g2800(unsigned x) { return g2801(x * 11u + 2800); }
__attribute__((noinline)) unsigned g2801(unsigned x) { return g2802(x * 13u + 2801); }
__attribute__((noinline)) unsigned g2802(unsigned x) { return g2803(x * 15u + 2802); }
__attribute__((noinline)) unsigned g2803(unsigned x) { return g2804(x * 17u + 2803); }
__attribute__((noinline)) unsigned g2804(unsigned x) { return g2805(x * 19u + 2804); }
__attribute__((noinline)) unsigned g2805(unsigned x) { return g2806(x * 21u + 2805); }
__attribute__((noinline)) unsigned g2806(unsigned x) { return g2807(x * 23u + 2806); }
__attribute__((noinline)) unsigned g2807(unsigned x) { return g2808(x * 25u + 2807); }
__attribute__((noinline)) unsigned g2808(unsigned x) { return g2809(x * 1u + 2808); }
__attribute__((noinline)) unsigned g2809(unsigned x) { return g2810(x * 3u + 2809); }
__attribute__((noinline)) unsigned g2810(unsigned x) { return g2811(x * 5u + 2810); }
__attribute__((noinline)) unsigned g2811(unsigned x) { return g2812(x * 7u + 2811); }
__attribute__((noinline)) unsigned g2812(unsigned x) { return g2813(x * 9u + 2812); }
__attribute__((noinline)) unsigned g2813(unsigned x) { return g2814(x * 11u + 2813); }
__attribute__((noinline)) unsigned g2814(unsigned x) { return g2815(x * 13u + 2814); }
__attribute__((noinline)) unsigned g2815(unsigned x) { return g2816(x * 15u + 2815); }
__attribute__((noinline)) unsigned g2816(unsigned x) { return g2817(x * 17u + 2816); }
__attribute__((noinline)) unsigned g2817(unsigned x) { return g2818(x * 19u + 2817); }
__attribute__((noinline)) unsigned g2818(unsigned x) { return g2819(x * 21u + 2818); }
__attribute__((noinline)) unsigned g2819(unsigned x) { return g2820(x * 23u + 2819); }
__attribute__((noinline)) unsigned g2820(unsigned x) { return g2821(x * 25u + 2820); }
__attribute__((noinline)) unsigned g2821(unsigned x) { return g2822(x * 1u + 2821); }
__attribute__((noinline)) unsigned g2822(unsigned x) { return g2823(x * 3u + 2822); }
__attribute__((noinline)) unsigned g2823(unsigned x) { return g2824(x * 5u + 2823); }
__attribute__((noinline)) unsigned g2824(unsigned x) { return g2825(x * 7u + 2824); }
__attribute__((noinline)) unsigned g2825(unsigned x) { return g2826(x * 9u + 2825); }
__attribute__((noinline)) unsigned g2826(unsigned x) { return g2827(x * 11u + 2826); }
__attribute__((noinline)) unsigned g2827(unsigned x) { return g2828(x * 13u + 2827); }
__attribute__((noinline)) unsigned g2828(unsigned x) { return g2829(x * 15u + 2828); }
__attribute__((noinline)) unsigned g2829(unsigned x) { return g2830(x * 17u + 2829); }
__attribute__((noinline)) unsigned g2830(unsigned x) { return g2831(x * 19u + 2830); }
__attribute__((noinline)) unsigned g2831(unsigned x) { return g2832(x * 21u + 2831); }
__attribute__((noinline)) unsigned g2832(unsigned x) { return g2833(x * 23u + 2832); }
__attribute__((noinline)) unsigned g2833(unsigned x) { return g2834(x * 25u + 2833); }
__attribute__((noinline)) unsigned g2834(unsigned x) { return g2835(x * 1u + 2834); }
__attribute__((noinline)) unsigned g2835(unsigned x) { return g2836(x * 3u + 2835); }
__attribute__((noinline)) unsigned g2836(unsigned x) { return g2837(x * 5u + 2836); }
__attribute__((noinline)) unsigned g2837(unsigned x) { return g2838(x * 7u + 2837); }
__attribute__((noinline)) unsigned g2838(unsigned x) { return g2839(x * 9u + 2838); }
__attribute__((noinline)) unsigned g2839(unsigned x) { return g2840(x * 11u + 2839); }
__attribute__((noinline)) unsigned g2840(unsigned x) { return g2841(x * 13u + 2840); }
__attribute__((noinline)) unsigned g2841(unsigned x) { return g2842(x * 15u + 2841); }
__attribute__((noinline)) unsigned g2842(unsigned x) { return g2843(x * 17u + 2842); }
__attribute__((noinline)) unsigned g2843(unsigned x) { return g2844(x * 19u + 2843); }
__attribute__((noinline)) unsigned g2844(unsigned x) { return g2845(x * 21u + 2844); }
__attribute__((noinline)) unsigned g2845(unsigned x) { return g2846(x * 23u + 2845); }
__attribute__((noinline)) unsigned g2846(unsigned x) { return g2847(x * 25u + 2846); }
__attribute__((noinline)) unsigned g2847(unsigned x) { return g2848(x * 1u + 2847); }
__attribute__((noinline)) unsigned g2848(unsigned x) { return g2849(x * 3u + 2848); }
__attribute__((noinline)) unsigned g2849(unsigned x) { return x ^ 2849; }
__attribute__((noinline)) unsigned g2850(unsigned x) { return g2851(x * 7u + 2850); }
__attribute__((noinline)) unsigned g2851(unsigned x) { return g2852(x * 9u + 2851); }
__attribute__((noinline)) unsigned g2852(unsigned x) { return g2853(x * 11u + 2852); }
__attribute__((noinline)) unsigned g2853(unsigned x) { return g2854(x * 13u + 2853); }
__attribute__((noinline)) unsigned g2854(unsigned x) { return g2855(x * 15u + 2854); }
__attribute__((noinline)) unsigned g2855(unsigned x) { return g2856(x * 17u + 2855); }
__attribute__((noinline)) unsigned g2856(unsigned x) { return g2857(x * 19u + 2856); }
__attribute__((noinline)) unsigned g2857(unsigned x) { return g2858(x * 21u + 2857); }
__attribute__((noinline)) unsigned g2858(unsigned x) { return g2859(x * 23u + 2858); }
__attribute__((noinline)) unsigned g2859(unsigned x) { return g2860(x * 25u + 2859); }
__attribute__((noinline)) unsigned g2860(unsigned x) { return g2861(x * 1u + 2860); }
__attribute__((noinline)) unsigned g2861(unsigned x) { return g2862(x * 3u + 2861); }
__attribute__((noinline)) unsigned g2862(unsigned x) { return g2863(x * 5u + 2862); }
__attribute__((noinline)) unsigned g2863(unsigned x) { return g2864(x * 7u + 2863); }
__attribute__((noinline)) unsigned g2864(unsigned x) { return g2865(x * 9u + 2864); }
__attribute__((noinline)) unsigned g2865(unsigned x) { return g2866(x * 11u + 2865); }
__attribute__((noinline)) unsigned g2866(unsigned x) { return g2867(x * 13u + 2866); }
__attribute__((noinline)) unsigned g2867(unsigned x) { return g2868(x * 15u + 2867); }
__attribute__((noinline)) unsigned g2868(unsigned x) { return g2869(x * 17u + 2868); }
__attribute__((noinline)) unsigned g2869(unsigned x) { return g2870(x * 19u + 2869); }
__attribute__((noinline)) unsigned g2870(unsigned x) { return g2871(x * 21u + 2870); }
__attribute__((noinline)) unsigned g2871(unsigned x) { return g2872(x * 23u + 2871); }
__attribute__((noinline)) unsigned g2872(unsigned x) { return g2873(x * 25u + 2872); }
__attribute__((noinline)) unsigned g2873(unsigned x) { return g2874(x * 1u + 2873); }
__attribute__((noinline)) unsigned g2874(unsigned x) { return g2875(x * 3u + 2874); }
__attribute__((noinline)) unsigned g2875(unsigned x) { return g2876(x * 5u + 2875); }
__attribute__((noinline)) unsigned g2876(unsigned x) { return g2877(x * 7u + 2876); }
__attribute__((noinline)) unsigned g2877(unsigned x) { return g2878(x * 9u + 2877); }
__attribute__((noinline)) unsigned g2878(unsigned x) { return g2879(x * 11u + 2878); }
__attribute__((noinline)) unsigned g2879(unsigned x) { return g2880(x * 13u + 2879); }
__attribute__((noinline)) unsigned g2880(unsigned x) { return g2881(x * 15u + 2880); }
__attribute__((noinline)) unsigned g2881(unsigned x) { return g2882(x * 17u + 2881); }
__attribute__((noinline)) unsigned g2882(unsigned x) { return g2883(x * 19u + 2882); }
__attribute__((noinline)) unsigned g2883(unsigned x) { return g2884(x * 21u + 2883); }
__attribute__((noinline)) unsigned g2884(unsigned x) { return g2885(x * 23u + 2884); }
__attribute__((noinline)) unsigned g2885(unsigned x) { return g2886(x * 25u + 2885); }
__attribute__((noinline)) unsigned g2886(unsigned x) { return g2887(x * 1u + 2886); }
__attribute__((noinline)) unsigned g2887(unsigned x) { return g2888(x * 3u + 2887); }
__attribute__((noinline)) unsigned g2888(unsigned x) { return g2889(x * 5u + 2888); }
__attribute__((noinline)) unsigned g2889(unsigned x) { return g2890(x * 7u + 2889); }
__attribute__((noinline)) unsigned g2890(unsigned x) { return g2891(x * 9u + 2890); }
__attribute__((noinline)) unsigned g2891(unsigned x) { return g2892(x * 11u + 2891); }
__attribute__((noinline)) unsigned g2892(unsigned x) { return g2893(x * 13u + 2892); }
__attribute__((noinline)) unsigned g2893(unsigned x) { return g2894(x * 15u + 2893); }
__attribute__((noinline)) unsigned g2894(unsigned x) { return g2895(x * 17u + 2894); }
__attribute__((noinline)) unsigned g2895(unsigned x) { return g2896(x * 19u + 2895); }
__attribute__((noinline)) unsigned g2896(unsigned x) { return g2897(x * 21u + 2896); }
__attribute__((noinline)) unsigned g2897(unsigned x) { return g2898(x * 23u + 2897); }
__attribute__((noinline)) unsigned g2898(unsigned x) { return g2899(x * 25u + 2898); }
__attribute__((noinline)) unsigned g2899(unsigned x) { return x ^ 2899; }
__attribute__((noinline)) unsigned g2900(unsigned x) { return g2901(x * 3u + 2900); }
__attribute__((noinline)) unsigned g2901(unsigned x) { return g2902(x * 5u + 2901); }
__attribute__((noinline)) unsigned g2902(unsigned x) { return g2903(x * 7u + 2902); }
__attribute__((noinline)) unsigned g2903(unsigned x) { return g2904(x * 9u + 2903); }
__attribute__((noinline)) unsigned g2904(unsigned x) { return g2905(x * 11u + 2904); }
__attribute__((noinline)) unsigned g2905(unsigned x) { return g2906(x * 13u + 2905); }
__attribute__((noinline)) unsigned g2906(unsigned x) { return g2907(x * 15u + 2906); }
__attribute__((noinline)) unsigned g2907(unsigned x) { return g2908(x * 17u + 2907); }
__attribute__((noinline)) unsigned g2908(unsigned x) { return g2909(x * 19u + 2908); }
__attribute__((noinline)) unsigned g2909(unsigned x) { return g2910(x * 21u + 2909); }
__attribute__((noinline)) unsigned g2910(unsigned x) { return g2911(x * 23u + 2910); }
__attribute__((noinline)) unsigned g2911(unsigned x) { return g2912(x * 25u + 2911); }
__attribute__((noinline)) unsigned g2912(unsigned x) { return g2913(x * 1u + 2912); }
__attribute__((noinline)) unsigned g2913(unsigned x) { return g2914(x * 3u + 2913); }
__attribute__((noinline)) unsigned g2914(unsigned x) { return g2915(x * 5u + 2914); }
__attribute__((noinline)) unsigned g2915(unsigned x) { return g2916(x * 7u + 2915); }
__attribute__((noinline)) unsigned g2916(unsigned x) { return g2917(x * 9u + 2916); }
__attribute__((noinline)) unsigned g2917(unsigned x) { return g2918(x * 11u + 2917); }
__attribute__((noinline)) unsigned g2918(unsigned x) { return g2919(x * 13u + 2918); }
__attribute__((noinline)) unsigned g2919(unsigned x) { return g2920(x * 15u + 2919); }
__attribute__((noinline)) unsigned g2920(unsigned x) { return g2921(x * 17u + 2920); }
__attribute__((noinline)) unsigned g2921(unsigned x) { return g2922(x * 19u + 2921); }
__attribute__((noinline)) unsigned g2922(unsigned x) { return g2923(x * 21u + 2922); }
__attribute__((noinline)) unsigned g2923(unsigned x) { return g2924(x * 23u + 2923); }
__attribute__((noinline)) unsigned g2924(unsigned x) { return g2925(x * 25u + 2924); }
__attribute__((noinline)) unsigned g2925(unsigned x) { return g2926(x * 1u + 2925); }
__attribute__((noinline)) unsigned g2926(unsigned x) { return g2927(x * 3u + 2926); }
__attribute__((noinline)) unsigned g2927(unsigned x) { return g2928(x * 5u + 2927); }
__attribute__((noinline)) unsigned g2928(unsigned x) { return g2929(x * 7u + 2928); }
__attribute__((noinline)) unsigned g2929(unsigned x) { return g2930(x * 9u + 2929); }
__attribute__((noinline)) unsigned g2930(unsigned x) { return g2931(x * 11u + 2930); }
__attribute__((noinline)) unsigned g2931(unsigned x) { return g2932(x * 13u + 2931); }
__attribute__((noinline)) unsigned g2932(unsigned x) { return g2933(x * 15u + 2932); }
__attribute__((noinline)) unsigned g2933(unsigned x) { return g2934(x * 17u + 2933); }
__attribute__((noinline)) unsigned g2934(unsigned x) { return g2935(x * 19u + 2934); }
__attribute__((noinline)) unsigned g2935(unsigned x) { return g2936(x * 21u + 2935); }
__attribute__((noinline)) unsigned g2936(unsigned x) { return g2937(x * 23u + 2936); }
__attribute__((noinline)) unsigned g2937(unsigned x) { return g2938(x * 25u + 2937); }
__attribute__((noinline)) unsigned g2938(unsigned x) { return g2939(x * 1u + 2938); }
__attribute__((noinline)) unsigned g2939(unsigned x) { return g2940(x * 3u + 2939); }
__attribute__((noinline)) unsigned g2940(unsigned x) { return g2941(x * 5u + 2940); }
__attribute__((noinline)) unsigned g2941(unsigned x) { return g2942(x * 7u + 2941); }
__attribute__((noinline)) unsigned g2942(unsigned x) { return g2943(x * 9u + 2942); }
__attribute__((noinline)) unsigned g2943(unsigned x) { return g2944(x * 11u + 2943); }
__attribute__((noinline)) unsigned g2944(unsigned x) { return g2945(x * 13u + 2944); }
__attribute__((noinline)) unsigned g2945(unsigned x) { return g2946(x * 15u + 2945); }
__attribute__((noinline)) unsigned g2946(unsigned x) { return g2947(x * 17u + 2946); }
__attribute__((noinline)) unsigned g2947(unsigned x) { return g2948(x * 19u + 2947); }
__attribute__((noinline)) unsigned g2948(unsigned x) { return g2949(x * 21u + 2948); }
__attribute__((noinline)) unsigned g2949(unsigned x) { return x ^ 2949; }
__attribute__((noinline)) unsigned g2950(unsigned x) { return g2951(x * 25u + 2950); }
__attribute__((noinline)) unsigned g2951(unsigned x) { return g2952(x * 1u + 2951); }
__attribute__((noinline)) unsigned g2952(unsigned x) { return g2953(x * 3u + 2952); }
__attribute__((noinline)) unsigned g2953(unsigned x) { return g2954(x * 5u + 2953); }
__attribute__((noinline)) unsigned g2954(unsigned x) { return g2955(x * 7u + 2954); }
__attribute__((noinline)) unsigned g2955(unsigned x) { return g2956(x * 9u + 2955); }
__attribute__((noinline)) unsigned g2956(unsigned x) { return g2957(x * 11u + 2956); }
__attribute__((noinline)) unsigned g2957(unsigned x) { return g2958(x * 13u + 2957); }
__attribute__((noinline)) unsigned g2958(unsigned x) { return g2959(x * 15u + 2958); }
__attribute__((noinline)) unsigned g2959(unsigned x) { return g2960(x * 17u + 2959); }
__attribute__((noinline)) unsigned g2960(unsigned x) { return g2961(x * 19u + 2960); }
__attribute__((noinline)) unsigned g2961(unsigned x) { return g2962(x * 21u + 2961); }
__attribute__((noinline)) unsigned g2962(unsigned x) { return g2963(x * 23u + 2962); }
__attribute__((noinline)) unsigned g2963(unsigned x) { return g2964(x * 25u + 2963); }
__attribute__((noinline)) unsigned g2964(unsigned x) { return g2965(x * 1u + 2964); }
__attribute__((noinline)) unsigned g2965(unsigned x) { return g2966(x * 3u + 2965); }
__attribute__((noinline)) unsigned g2966(unsigned x) { return g2967(x * 5u + 2966); }
__attribute__((noinline)) unsigned g2967(unsigned x) { return g2968(x * 7u + 2967); }
__attribute__((noinline)) unsigned g2968(unsigned x) { return g2969(x * 9u + 2968); }
__attribute__((noinline)) unsigned g2969(unsigned x) { return g2970(x * 11u + 2969); }
__attribute__((noinline)) unsigned g2970(unsigned x) { return g2971(x * 13u + 2970); }
__attribute__((noinline)) unsigned g2971(unsigned x) { return g2972(x * 15u + 2971); }
__attribute__((noinline)) unsigned g2972(unsigned x) { return g2973(x * 17u + 2972); }
__attribute__((noinline)) unsigned g2973(unsigned x) { return g2974(x * 19u + 2973); }
__attribute__((noinline)) unsigned g2974(unsigned x) { return g2975(x * 21u + 2974); }
__attribute__((noinline)) unsigned g2975(unsigned x) { return g2976(x * 23u + 2975); }
__attribute__((noinline)) unsigned g2976(unsigned x) { return g2977(x * 25u + 2976); }
__attribute__((noinline)) unsigned g2977(unsigned x) { return g2978(x * 1u + 2977); }
__attribute__((noinline)) unsigned g2978(unsigned x) { return g2979(x * 3u + 2978); }
__attribute__((noinline)) unsigned g2979(unsigned x) { return g2980(x * 5u + 2979); }
__attribute__((noinline)) unsigned g2980(unsigned x) { return g2981(x * 7u + 2980); }
__attribute__((noinline)) unsigned g2981(unsigned x) { return g2982(x * 9u + 2981); }
__attribute__((noinline)) unsigned g2982(unsigned x) { return g2983(x * 11u + 2982); }
__attribute__((noinline)) unsigned g2983(unsigned x) { return g2984(x * 13u + 2983); }
__attribute__((noinline)) unsigned g2984(unsigned x) { return g2985(x * 15u + 2984); }
__attribute__((noinline)) unsigned g2985(unsigned x) { return g2986(x * 17u + 2985); }
__attribute__((noinline)) unsigned g2986(unsigned x) { return g2987(x * 19u + 2986); }
__attribute__((noinline)) unsigned g2987(unsigned x) { return g2988(x * 21u + 2987); }
__attribute__((noinline)) unsigned g2988(unsigned x) { return g2989(x * 23u + 2988); }
__attribute__((noinline)) unsigned g2989(unsigned x) { return g2990(x * 25u + 2989); }
__attribute__((noinline)) unsigned g2990(unsigned x) { return g2991(x * 1u + 2990); }
__attribute__((noinline)) unsigned g2991(unsigned x) { return g2992(x * 3u + 2991); }
__attribute__((noinline)) unsigned g2992(unsigned x) { return g2993(x * 5u + 2992); }
__attribute__((noinline)) unsigned g2993(unsigned x) { return g2994(x * 7u + 2993); }
__attribute__((noinline)) unsigned g2994(unsigned x) { return g2995(x * 9u + 2994); }
__attribute__((noinline)) unsigned g2995(unsigned x) { return g2996(x * 11u + 2995); }
__attribute__((noinline)) unsigned g2996(unsigned x) { return g2997(x * 13u + 2996); }
__attribute__((noinline)) unsigned g2997(unsigned x) { return g2998(x * 15u + 2997); }
__attribute__((noinline)) unsigned g2998(unsigned x) { return g2999(x * 17u + 2998); }
__attribute__((noinline)) unsigned g2999(unsigned x) { return x ^ 2999; }
static unsigned (*const tab[NF])(unsigned) = {g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12, g13, g14, g15, g16, g17, g18, g19, g20, g21, g22, g23, g24, g25, g26, g27, g28, g29, g30, g31, g32, g33, g34, g35, g36, g37, g38, g39, g40, g41, g42, g43, g44, g45, g46, g47, g48, g49, g50, g51, g52, g53, g54, g55, g56, g57, g58, g59, g60, g61, g62, g63, g64, g65, g66, g67, g68, g69, g70, g71, g72, g73, g74, g75, g76, g77, g78, g79, g80, g81, g82, g83, g84, g85, g86, g87, g88, g89, g90, g91, g92, g93, g94, g95, g96, g97, g98, g99, g100, g101, g102, g103, g104, g105, g106, g107, g108, g109, g110, g111, g112, g113, g114, g115, g116, g117, g118, g119, g120, g121, g122, g123, g124, g125, g126, g127, g128, g129, g130, g131, g132, g133, g134, g135, g136, g137, g138, g139, g140, g141, g142, g143, g144, g145, g146, g147, g148, g149, g150, g151, g152, g153, g154, g155, g156, g157, g158, g159, g160, g161, g162, g163, g164, g165, g166, g167, g168, g169, g170, g171, g172, g173, g174, g175, g176, g177, g178, g179, g180, g181, g182, g183, g184, g185, g186, g187, g188, g189, g190, g191, g192, g193, g194, g195, g196, g197, g198, g199, g200, g201, g202, g203, g204, g205, g206, g207, g208, g209, g210, g211, g212, g213, g214, g215, g216, g217, g218, g219, g220, g221, g222, g223, g224, g225, g226, g227, g228, g229, g230, g231, g232, g233, g234, g235, g236, g237, g238, g239, g240, g241, g242, g243, g244, g245, g246, g247, g248, g249, g250, g251, g252, g253, g254, g255, g256, g257, g258, g259, g260, g261, g262, g263, g264, g265, g266, g267, g268, g269, g270, g271, g272, g273, g274, g275, g276, g277, g278, g279, g280, g281, g282, g283, g284, g285, g286, g287, g288, g289, g290, g291, g292, g293, g294, g295, g296, g297, g298, g299, g300, g301, g302, g303, g304, g305, g306, g307, g308, g309, g310, g311, g312, g313, g314, g315, g316, g317, g318, g319, g320, g321, g322, g323, g324, g325, g326, g327, g328, g329, g330, g331, g332, g333, g334, g335, g336, g337, g338, g339, g340, g341, g342, g343, g344, g345, g346, g347, g348, g349, g350, g351, g352, g353, g354, g355, g356, g357, g358, g359, g360, g361, g362, g363, g364, g365, g366, g367, g368, g369, g370, g371, g372, g373, g374, g375, g376, g377, g378, g379, g380, g381, g382, g383, g384, g385, g386, g387, g388, g389, g390, g391, g392, g393, g394, g395, g396, g397, g398, g399, g400, g401, g402, g403, g404, g405, g406, g407, g408, g409, g410, g411, g412, g413, g414, g415, g416, g417, g418, g419, g420, g421, g422, g423, g424, g425, g426, g427, g428, g429, g430, g431, g432, g433, g434, g435, g436, g437, g438, g439, g440, g441, g442, g443, g444, g445, g446, g447, g448, g449, g450, g451, g452, g453, g454, g455, g456, g457, g458, g459, g460, g461, g462, g463, g464, g465, g466, g467, g468, g469, g470, g471, g472, g473, g474, g475, g476, g477, g478, g479, g480, g481, g482, g483, g484, g485, g486, g487, g488, g489, g490, g491, g492, g493, g494, g495, g496, g497, g498, g499, g500, g501, g502, g503, g504, g505, g506, g507, g508, g509, g510, g511, g512, g513, g514, g515, g516, g517, g518, g519, g520, g521, g522, g523, g524, g525, g526, g527, g528, g529, g530, g531, g532, g533, g534, g535, g536, g537, g538, g539, g540, g541, g542, g543, g544, g545, g546, g547, g548, g549, g550, g551, g552, g553, g554, g555, g556, g557, g558, g559, g560, g561, g562, g563, g564, g565, g566, g567, g568, g569, g570, g571, g572, g573, g574, g575, g576, g577, g578, g579, g580, g581, g582, g583, g584, g585, g586, g587, g588, g589, g590, g591, g592, g593, g594, g595, g596, g597, g598, g599, g600, g601, g602, g603, g604, g605, g606, g607, g608, g609, g610, g611, g612, g613, g614, g615, g616, g617, g618, g619, g620, g621, g622, g623, g624, g625, g626, g627, g628, g629, g630, g631, g632, g633, g634, g635, g636, g637, g638, g639, g640, g641, g642, g643, g644, g645, g646, g647, g648, g649, g650, g651, g652, g653, g654, g655, g656, g657, g658, g659, g660, g661, g662, g663, g664, g665, g666, g667, g668, g669, g670, g671, g672, g673, g674, g675, g676, g677, g678, g679, g680, g681, g682, g683, g684, g685, g686, g687, g688, g689, g690, g691, g692, g693, g694, g695, g696, g697, g698, g699, g700, g701, g702, g703, g704, g705, g706, g707, g708, g709, g710, g711, g712, g713, g714, g715, g716, g717, g718, g719, g720, g721, g722, g723, g724, g725, g726, g727, g728, g729, g730, g731, g732, g733, g734, g735, g736, g737, g738, g739, g740, g741, g742, g743, g744, g745, g746, g747, g748, g749, g750, g751, g752, g753, g754, g755, g756, g757, g758, g759, g760, g761, g762, g763, g764, g765, g766, g767, g768, g769, g770, g771, g772, g773, g774, g775, g776, g777, g778, g779, g780, g781, g782, g783, g784, g785, g786, g787, g788, g789, g790, g791, g792, g793, g794, g795, g796, g797, g798, g799, g800, g801, g802, g803, g804, g805, g806, g807, g808, g809, g810, g811, g812, g813, g814, g815, g816, g817, g818, g819, g820, g821, g822, g823, g824, g825, g826, g827, g828, g829, g830, g831, g832, g833, g834, g835, g836, g837, g838, g839, g840, g841, g842, g843, g844, g845, g846, g847, g848, g849, g850, g851, g852, g853, g854, g855, g856, g857, g858, g859, g860, g861, g862, g863, g864, g865, g866, g867, g868, g869, g870, g871, g872, g873, g874, g875, g876, g877, g878, g879, g880, g881, g882, g883, g884, g885, g886, g887, g888, g889, g890, g891, g892, g893, g894, g895, g896, g897, g898, g899, g900, g901, g902, g903, g904, g905, g906, g907, g908, g909, g910, g911, g912, g913, g914, g915, g916, g917, g918, g919, g920, g921, g922, g923, g924, g925, g926, g927, g928, g929, g930, g931, g932, g933, g934, g935, g936, g937, g938, g939, g940, g941, g942, g943, g944, g945, g946, g947, g948, g949, g950, g951, g952, g953, g954, g955, g956, g957, g958, g959, g960, g961, g962, g963, g964, g965, g966, g967, g968, g969, g970, g971, g972, g973, g974, g975, g976, g977, g978, g979, g980, g981, g982, g983, g984, g985, g986, g987, g988, g989, g990, g991, g992, g993, g994, g995, g996, g997, g998, g999, g1000, g1001, g1002, g1003, g1004, g1005, g1006, g1007, g1008, g1009, g1010, g1011, g1012, g1013, g1014, g1015, g1016, g1017, g1018, g1019, g1020, g1021, g1022, g1023, g1024, g1025, g1026, g1027, g1028, g1029, g1030, g1031, g1032, g1033, g1034, g1035, g1036, g1037, g1038, g1039, g1040, g1041, g1042, g1043, g1044, g1045, g1046, g1047, g1048, g1049, g1050, g1051, g1052, g1053, g1054, g1055, g1056, g1057, g1058, g1059, g1060, g1061, g1062, g1063, g1064, g1065, g1066, g1067, g1068, g1069, g1070, g1071, g1072, g1073, g1074, g1075, g1076, g1077, g1078, g1079, g1080, g1081, g1082, g1083, g1084, g1085, g1086, g1087, g1088, g1089, g1090, g1091, g1092, g1093, g1094, g1095, g1096, g1097, g1098, g1099, g1100, g1101, g1102, g1103, g1104, g1105, g1106, g1107, g1108, g1109, g1110, g1111, g1112, g1113, g1114, g1115, g1116, g1117, g1118, g1119, g1120, g1121, g1122, g1123, g1124, g1125, g1126, g1127, g1128, g1129, g1130, g1131, g1132, g1133, g1134, g1135, g1136, g1137, g1138, g1139, g1140, g1141, g1142, g1143, g1144, g1145, g1146, g1147, g1148, g1149, g1150, g1151, g1152, g1153, g1154, g1155, g1156, g1157, g1158, g1159, g1160, g1161, g1162, g1163, g1164, g1165, g1166, g1167, g1168, g1169, g1170, g1171, g1172, g1173, g1174, g1175, g1176, g1177, g1178, g1179, g1180, g1181, g1182, g1183, g1184, g1185, g1186, g1187, g1188, g1189, g1190, g1191, g1192, g1193, g1194, g1195, g1196, g1197, g1198, g1199, g1200, g1201, g1202, g1203, g1204, g1205, g1206, g1207, g1208, g1209, g1210, g1211, g1212, g1213, g1214, g1215, g1216, g1217, g1218, g1219, g1220, g1221, g1222, g1223, g1224, g1225, g1226, g1227, g1228, g1229, g1230, g1231, g1232, g1233, g1234, g1235, g1236, g1237, g1238, g1239, g1240, g1241, g1242, g1243, g1244, g1245, g1246, g1247, g1248, g1249, g1250, g1251, g1252, g1253, g1254, g1255, g1256, g1257, g1258, g1259, g1260, g1261, g1262, g1263, g1264, g1265, g1266, g1267, g1268, g1269, g1270, g1271, g1272, g1273, g1274, g1275, g1276, g1277, g1278, g1279, g1280, g1281, g1282, g1283, g1284, g1285, g1286, g1287, g1288, g1289, g1290, g1291, g1292, g1293, g1294, g1295, g1296, g1297, g1298, g1299, g1300, g1301, g1302, g1303, g1304, g1305, g1306, g1307, g1308, g1309, g1310, g1311, g1312, g1313, g1314, g1315, g1316, g1317, g1318, g1319, g1320, g1321, g1322, g1323, g1324, g1325, g1326, g1327, g1328, g1329, g1330, g1331, g1332, g1333, g1334, g1335, g1336, g1337, g1338, g1339, g1340, g1341, g1342, g1343, g1344, g1345, g1346, g1347, g1348, g1349, g1350, g1351, g1352, g1353, g1354, g1355, g1356, g1357, g1358, g1359, g1360, g1361, g1362, g1363, g1364, g1365, g1366, g1367, g1368, g1369, g1370, g1371, g1372, g1373, g1374, g1375, g1376, g1377, g1378, g1379, g1380, g1381, g1382, g1383, g1384, g1385, g1386, g1387, g1388, g1389, g1390, g1391, g1392, g1393, g1394, g1395, g1396, g1397, g1398, g1399, g1400, g1401, g1402, g1403, g1404, g1405, g1406, g1407, g1408, g1409, g1410, g1411, g1412, g1413, g1414, g1415, g1416, g1417, g1418, g1419, g1420, g1421, g1422, g1423, g1424, g1425, g1426, g1427, g1428, g1429, g1430, g1431, g1432, g1433, g1434, g1435, g1436, g1437, g1438, g1439, g1440, g1441, g1442, g1443, g1444, g1445, g1446, g1447, g1448, g1449, g1450, g1451, g1452, g1453, g1454, g1455, g1456, g1457, g1458, g1459, g1460, g1461, g1462, g1463, g1464, g1465, g1466, g1467, g1468, g1469, g1470, g1471, g1472, g1473, g1474, g1475, g1476, g1477, g1478, g1479, g1480, g1481, g1482, g1483, g1484, g1485, g1486, g1487, g1488, g1489, g1490, g1491, g1492, g1493, g1494, g1495, g1496, g1497, g1498, g1499, g1500, g1501, g1502, g1503, g1504, g1505, g1506, g1507, g1508, g1509, g1510, g1511, g1512, g1513, g1514, g1515, g1516, g1517, g1518, g1519, g1520, g1521, g1522, g1523, g1524, g1525, g1526, g1527, g1528, g1529, g1530, g1531, g1532, g1533, g1534, g1535, g1536, g1537, g1538, g1539, g1540, g1541, g1542, g1543, g1544, g1545, g1546, g1547, g1548, g1549, g1550, g1551, g1552, g1553, g1554, g1555, g1556, g1557, g1558, g1559, g1560, g1561, g1562, g1563, g1564, g1565, g1566, g1567, g1568, g1569, g1570, g1571, g1572, g1573, g1574, g1575, g1576, g1577, g1578, g1579, g1580, g1581, g1582, g1583, g1584, g1585, g1586, g1587, g1588, g1589, g1590, g1591, g1592, g1593, g1594, g1595, g1596, g1597, g1598, g1599, g1600, g1601, g1602, g1603, g1604, g1605, g1606, g1607, g1608, g1609, g1610, g1611, g1612, g1613, g1614, g1615, g1616, g1617, g1618, g1619, g1620, g1621, g1622, g1623, g1624, g1625, g1626, g1627, g1628, g1629, g1630, g1631, g1632, g1633, g1634, g1635, g1636, g1637, g1638, g1639, g1640, g1641, g1642, g1643, g1644, g1645, g1646, g1647, g1648, g1649, g1650, g1651, g1652, g1653, g1654, g1655, g1656, g1657, g1658, g1659, g1660, g1661, g1662, g1663, g1664, g1665, g1666, g1667, g1668, g1669, g1670, g1671, g1672, g1673, g1674, g1675, g1676, g1677, g1678, g1679, g1680, g1681, g1682, g1683, g1684, g1685, g1686, g1687, g1688, g1689, g1690, g1691, g1692, g1693, g1694, g1695, g1696, g1697, g1698, g1699, g1700, g1701, g1702, g1703, g1704, g1705, g1706, g1707, g1708, g1709, g1710, g1711, g1712, g1713, g1714, g1715, g1716, g1717, g1718, g1719, g1720, g1721, g1722, g1723, g1724, g1725, g1726, g1727, g1728, g1729, g1730, g1731, g1732, g1733, g1734, g1735, g1736, g1737, g1738, g1739, g1740, g1741, g1742, g1743, g1744, g1745, g1746, g1747, g1748, g1749, g1750, g1751, g1752, g1753, g1754, g1755, g1756, g1757, g1758, g1759, g1760, g1761, g1762, g1763, g1764, g1765, g1766, g1767, g1768, g1769, g1770, g1771, g1772, g1773, g1774, g1775, g1776, g1777, g1778, g1779, g1780, g1781, g1782, g1783, g1784, g1785, g1786, g1787, g1788, g1789, g1790, g1791, g1792, g1793, g1794, g1795, g1796, g1797, g1798, g1799, g1800, g1801, g1802, g1803, g1804, g1805, g1806, g1807, g1808, g1809, g1810, g1811, g1812, g1813, g1814, g1815, g1816, g1817, g1818, g1819, g1820, g1821, g1822, g1823, g1824, g1825, g1826, g1827, g1828, g1829, g1830, g1831, g1832, g1833, g1834, g1835, g1836, g1837, g1838, g1839, g1840, g1841, g1842, g1843, g1844, g1845, g1846, g1847, g1848, g1849, g1850, g1851, g1852, g1853, g1854, g1855, g1856, g1857, g1858, g1859, g1860, g1861, g1862, g1863, g1864, g1865, g1866, g1867, g1868, g1869, g1870, g1871, g1872, g1873, g1874, g1875, g1876, g1877, g1878, g1879, g1880, g1881, g1882, g1883, g1884, g1885, g1886, g1887, g1888, g1889, g1890, g1891, g1892, g1893, g1894, g1895, g1896, g1897, g1898, g1899, g1900, g1901, g1902, g1903, g1904, g1905, g1906, g1907, g1908, g1909, g1910, g1911, g1912, g1913, g1914, g1915, g1916, g1917, g1918, g1919, g1920, g1921, g1922, g1923, g1924, g1925, g1926, g1927, g1928, g1929, g1930, g1931, g1932, g1933, g1934, g1935, g1936, g1937, g1938, g1939, g1940, g1941, g1942, g1943, g1944, g1945, g1946, g1947, g1948, g1949, g1950, g1951, g1952, g1953, g1954, g1955, g1956, g1957, g1958, g1959, g1960, g1961, g1962, g1963, g1964, g1965, g1966, g1967, g1968, g1969, g1970, g1971, g1972, g1973, g1974, g1975, g1976, g1977, g1978, g1979, g1980, g1981, g1982, g1983, g1984, g1985, g1986, g1987, g1988, g1989, g1990, g1991, g1992, g1993, g1994, g1995, g1996, g1997, g1998, g1999, g2000, g2001, g2002, g2003, g2004, g2005, g2006, g2007, g2008, g2009, g2010, g2011, g2012, g2013, g2014, g2015, g2016, g2017, g2018, g2019, g2020, g2021, g2022, g2023, g2024, g2025, g2026, g2027, g2028, g2029, g2030, g2031, g2032, g2033, g2034, g2035, g2036, g2037, g2038, g2039, g2040, g2041, g2042, g2043, g2044, g2045, g2046, g2047, g2048, g2049, g2050, g2051, g2052, g2053, g2054, g2055, g2056, g2057, g2058, g2059, g2060, g2061, g2062, g2063, g2064, g2065, g2066, g2067, g2068, g2069, g2070, g2071, g2072, g2073, g2074, g2075, g2076, g2077, g2078, g2079, g2080, g2081, g2082, g2083, g2084, g2085, g2086, g2087, g2088, g2089, g2090, g2091, g2092, g2093, g2094, g2095, g2096, g2097, g2098, g2099, g2100, g2101, g2102, g2103, g2104, g2105, g2106, g2107, g2108, g2109, g2110, g2111, g2112, g2113, g2114, g2115, g2116, g2117, g2118, g2119, g2120, g2121, g2122, g2123, g2124, g2125, g2126, g2127, g2128, g2129, g2130, g2131, g2132, g2133, g2134, g2135, g2136, g2137, g2138, g2139, g2140, g2141, g2142, g2143, g2144, g2145, g2146, g2147, g2148, g2149, g2150, g2151, g2152, g2153, g2154, g2155, g2156, g2157, g2158, g2159, g2160, g2161, g2162, g2163, g2164, g2165, g2166, g2167, g2168, g2169, g2170, g2171, g2172, g2173, g2174, g2175, g2176, g2177, g2178, g2179, g2180, g2181, g2182, g2183, g2184, g2185, g2186, g2187, g2188, g2189, g2190, g2191, g2192, g2193, g2194, g2195, g2196, g2197, g2198, g2199, g2200, g2201, g2202, g2203, g2204, g2205, g2206, g2207, g2208, g2209, g2210, g2211, g2212, g2213, g2214, g2215, g2216, g2217, g2218, g2219, g2220, g2221, g2222, g2223, g2224, g2225, g2226, g2227, g2228, g2229, g2230, g2231, g2232, g2233, g2234, g2235, g2236, g2237, g2238, g2239, g2240, g2241, g2242, g2243, g2244, g2245, g2246, g2247, g2248, g2249, g2250, g2251, g2252, g2253, g2254, g2255, g2256, g2257, g2258, g2259, g2260, g2261, g2262, g2263, g2264, g2265, g2266, g2267, g2268, g2269, g2270, g2271, g2272, g2273, g2274, g2275, g2276, g2277, g2278, g2279, g2280, g2281, g2282, g2283, g2284, g2285, g2286, g2287, g2288, g2289, g2290, g2291, g2292, g2293, g2294, g2295, g2296, g2297, g2298, g2299, g2300, g2301, g2302, g2303, g2304, g2305, g2306, g2307, g2308, g2309, g2310, g2311, g2312, g2313, g2314, g2315, g2316, g2317, g2318, g2319, g2320, g2321, g2322, g2323, g2324, g2325, g2326, g2327, g2328, g2329, g2330, g2331, g2332, g2333, g2334, g2335, g2336, g2337, g2338, g2339, g2340, g2341, g2342, g2343, g2344, g2345, g2346, g2347, g2348, g2349, g2350, g2351, g2352, g2353, g2354, g2355, g2356, g2357, g2358, g2359, g2360, g2361, g2362, g2363, g2364, g2365, g2366, g2367, g2368, g2369, g2370, g2371, g2372, g2373, g2374, g2375, g2376, g2377, g2378, g2379, g2380, g2381, g2382, g2383, g2384, g2385, g2386, g2387, g2388, g2389, g2390, g2391, g2392, g2393, g2394, g2395, g2396, g2397, g2398, g2399, g2400, g2401, g2402, g2403, g2404, g2405, g2406, g2407, g2408, g2409, g2410, g2411, g2412, g2413, g2414, g2415, g2416, g2417, g2418, g2419, g2420, g2421, g2422, g2423, g2424, g2425, g2426, g2427, g2428, g2429, g2430, g2431, g2432, g2433, g2434, g2435, g2436, g2437, g2438, g2439, g2440, g2441, g2442, g2443, g2444, g2445, g2446, g2447, g2448, g2449, g2450, g2451, g2452, g2453, g2454, g2455, g2456, g2457, g2458, g2459, g2460, g2461, g2462, g2463, g2464, g2465, g2466, g2467, g2468, g2469, g2470, g2471, g2472, g2473, g2474, g2475, g2476, g2477, g2478, g2479, g2480, g2481, g2482, g2483, g2484, g2485, g2486, g2487, g2488, g2489, g2490, g2491, g2492, g2493, g2494, g2495, g2496, g2497, g2498, g2499, g2500, g2501, g2502, g2503, g2504, g2505, g2506, g2507, g2508, g2509, g2510, g2511, g2512, g2513, g2514, g2515, g2516, g2517, g2518, g2519, g2520, g2521, g2522, g2523, g2524, g2525, g2526, g2527, g2528, g2529, g2530, g2531, g2532, g2533, g2534, g2535, g2536, g2537, g2538, g2539, g2540, g2541, g2542, g2543, g2544, g2545, g2546, g2547, g2548, g2549, g2550, g2551, g2552, g2553, g2554, g2555, g2556, g2557, g2558, g2559, g2560, g2561, g2562, g2563, g2564, g2565, g2566, g2567, g2568, g2569, g2570, g2571, g2572, g2573, g2574, g2575, g2576, g2577, g2578, g2579, g2580, g2581, g2582, g2583, g2584, g2585, g2586, g2587, g2588, g2589, g2590, g2591, g2592, g2593, g2594, g2595, g2596, g2597, g2598, g2599, g2600, g2601, g2602, g2603, g2604, g2605, g2606, g2607, g2608, g2609, g2610, g2611, g2612, g2613, g2614, g2615, g2616, g2617, g2618, g2619, g2620, g2621, g2622, g2623, g2624, g2625, g2626, g2627, g2628, g2629, g2630, g2631, g2632, g2633, g2634, g2635, g2636, g2637, g2638, g2639, g2640, g2641, g2642, g2643, g2644, g2645, g2646, g2647, g2648, g2649, g2650, g2651, g2652, g2653, g2654, g2655, g2656, g2657, g2658, g2659, g2660, g2661, g2662, g2663, g2664, g2665, g2666, g2667, g2668, g2669, g2670, g2671, g2672, g2673, g2674, g2675, g2676, g2677, g2678, g2679, g2680, g2681, g2682, g2683, g2684, g2685, g2686, g2687, g2688, g2689, g2690, g2691, g2692, g2693, g2694, g2695, g2696, g2697, g2698, g2699, g2700, g2701, g2702, g2703, g2704, g2705, g2706, g2707, g2708, g2709, g2710, g2711, g2712, g2713, g2714, g2715, g2716, g2717, g2718, g2719, g2720, g2721, g2722, g2723, g2724, g2725, g2726, g2727, g2728, g2729, g2730, g2731, g2732, g2733, g2734, g2735, g2736, g2737, g2738, g2739, g2740, g2741, g2742, g2743, g2744, g2745, g2746, g2747, g2748, g2749, g2750, g2751, g2752, g2753, g2754, g2755, g2756, g2757, g2758, g2759, g2760, g2761, g2762, g2763, g2764, g2765, g2766, g2767, g2768, g2769, g2770, g2771, g2772, g2773, g2774, g2775, g2776, g2777, g2778, g2779, g2780, g2781, g2782, g2783, g2784, g2785, g2786, g2787, g2788, g2789, g2790, g2791, g2792, g2793, g2794, g2795, g2796, g2797, g2798, g2799, g2800, g2801, g2802, g2803, g2804, g2805, g2806, g2807, g2808, g2809, g2810, g2811, g2812, g2813, g2814, g2815, g2816, g2817, g2818, g2819, g2820, g2821, g2822, g2823, g2824, g2825, g2826, g2827, g2828, g2829, g2830, g2831, g2832, g2833, g2834, g2835, g2836, g2837, g2838, g2839, g2840, g2841, g2842, g2843, g2844, g2845, g2846, g2847, g2848, g2849, g2850, g2851, g2852, g2853, g2854, g2855, g2856, g2857, g2858, g2859, g2860, g2861, g2862, g2863, g2864, g2865, g2866, g2867, g2868, g2869, g2870, g2871, g2872, g2873, g2874, g2875, g2876, g2877, g2878, g2879, g2880, g2881, g2882, g2883, g2884, g2885, g2886, g2887, g2888, g2889, g2890, g2891, g2892, g2893, g2894, g2895, g2896, g2897, g2898, g2899, g2900, g2901, g2902, g2903, g2904, g2905, g2906, g2907, g2908, g2909, g2910, g2911, g2912, g2913, g2914, g2915, g2916, g2917, g2918, g2919, g2920, g2921, g2922, g2923, g2924, g2925, g2926, g2927, g2928, g2929, g2930, g2931, g2932, g2933, g2934, g2935, g2936, g2937, g2938, g2939, g2940, g2941, g2942, g2943, g2944, g2945, g2946, g2947, g2948, g2949, g2950, g2951, g2952, g2953, g2954, g2955, g2956, g2957, g2958, g2959, g2960, g2961, g2962, g2963, g2964, g2965, g2966, g2967, g2968, g2969, g2970, g2971, g2972, g2973, g2974, g2975, g2976, g2977, g2978, g2979, g2980, g2981, g2982, g2983, g2984, g2985, g2986, g2987, g2988, g2989, g2990, g2991, g2992, g2993, g2994, g2995, g2996, g2997, g2998, g2999};
int main(void)
{
    unsigned h = 0;
    for (int round = 0; round < 20; round++)
        for (int i = 0; i < NF; i += 50) h = h * 31 + tab[i](h + round);
    unsigned s = 0;
    for (int i = 0; i < NF; i++) s += tab[i](i);
    printf("chain hash %08x, all-entry sum %08x\n", h, s);
    return 0;
}
