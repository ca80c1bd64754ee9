/**
 * The presentation's stylesheet, as text (served as /static/meeting.css, inline in briefing.html).
 * Every size is in --u, one hundredth of the height of a 16:9 box that fits the window, so a
 * 1920×1080 projector and a 1366×768 laptop show the same layout, only larger or smaller.
 * Colours are the deck's "do-vang" theme: red 9B1B1B, gold C9A227, warm white FFFDF8.
 */
export const MEETING_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;background:#1a0f0f;color:#222;overflow:hidden}
body.meeting{--u:min(1vh,0.5625vw);--red:#9B1B1B;--red-dark:#6E1010;--gold:#C9A227;--gold-soft:#F3DF9B;--paper:#FFFDF8;
  font-family:"Noto Sans","DejaVu Sans","Segoe UI",Arial,sans-serif;display:flex;flex-direction:column;align-items:center;justify-content:center}
.m-frame{width:calc(var(--u)*177.78);height:calc(var(--u)*100);display:flex;flex-direction:column;background:var(--paper);position:relative;overflow:hidden}
.m-stage{position:relative;overflow:hidden;min-height:0;flex:1}
.m-slide{--fit:1;position:absolute;inset:0;display:flex;flex-direction:column;overflow:hidden}
.m-slide[hidden]{display:none}
.m-head{display:flex;justify-content:space-between;align-items:center;gap:calc(var(--u)*2);background:var(--red);color:var(--gold-soft);
  padding:calc(var(--u)*1.6) calc(var(--u)*4);font-size:calc(var(--u)*2.9);font-weight:700;letter-spacing:.04em;text-transform:uppercase;border-bottom:calc(var(--u)*.6) solid var(--gold)}
.m-count{color:#fff;font-weight:600;text-transform:none;letter-spacing:0;white-space:nowrap}
.m-content{flex:1;min-height:0;display:flex;flex-direction:column;padding:calc(var(--u)*3) calc(var(--u)*4) calc(var(--u)*2)}
.m-title{margin:0 0 calc(var(--u)*2.4);color:#8A1616;font-size:calc(var(--u)*5.8*var(--fit));line-height:1.18;font-weight:800}
.m-body{display:flex;gap:calc(var(--u)*3.5);align-items:flex-start;flex:1;min-height:0}
.m-bullets{margin:0;padding-left:calc(var(--u)*3.6);flex:1;font-size:calc(var(--u)*4.1*var(--fit));line-height:1.3;color:#1b1b1b}
.m-bullets li{margin-bottom:calc(var(--u)*1.4*var(--fit))}
.m-bullets li::marker{color:var(--red)}
.m-figure{flex:0 0 32%;border:calc(var(--u)*.5) solid var(--gold);border-radius:calc(var(--u)*1.2);background:#FBF4E4;padding:calc(var(--u)*2.2);text-align:center}
.m-figure-label{display:block;color:#5F5F5F;font-size:calc(var(--u)*2.4);text-transform:uppercase;letter-spacing:.05em;margin-bottom:calc(var(--u)*1)}
.m-figure strong{display:block;color:var(--red);font-size:calc(var(--u)*5*var(--fit));line-height:1.15}
.m-source{margin:calc(var(--u)*1.5) 0 0;color:#5F5F5F;font-size:calc(var(--u)*2.6)}
.m-cover,.m-divider,.m-closing{align-items:center;justify-content:center;text-align:center;padding:calc(var(--u)*5)}
.m-cover{background:radial-gradient(circle at 50% 35%,#B32424,var(--red) 55%,var(--red-dark));color:#fff}
.m-cover .m-unit{font-size:calc(var(--u)*3.2);color:var(--gold-soft);text-transform:uppercase;letter-spacing:.06em;margin:0}
.m-cover .m-cell{font-size:calc(var(--u)*3.4);margin:calc(var(--u)*1) 0 calc(var(--u)*4)}
.m-cover h1{font-size:calc(var(--u)*8.5);margin:0;color:var(--gold);text-transform:uppercase;letter-spacing:.03em}
.m-cover .m-date{font-size:calc(var(--u)*3.8);margin-top:calc(var(--u)*3)}
.m-cover .m-rule,.m-divider .m-rule{width:calc(var(--u)*30);height:calc(var(--u)*.6);background:var(--gold);margin:calc(var(--u)*3) auto}
.m-divider{background:#FBF4E4}
.m-divider .m-kicker{font-size:calc(var(--u)*3);color:#5F5F5F;text-transform:uppercase;letter-spacing:.08em;margin:0}
.m-divider h1{font-size:calc(var(--u)*8);color:var(--red);margin:calc(var(--u)*1.5) 0 0;text-transform:uppercase}
.m-people{list-style:none;margin:0;padding:0;font-size:calc(var(--u)*4.2*var(--fit));line-height:1.5;color:#1b1b1b}
.m-closing{background:var(--red);color:#fff}
.m-closing h1{font-size:calc(var(--u)*7);color:var(--gold);margin:0}
.m-closing p{font-size:calc(var(--u)*3.6)}
.m-subtitle{min-height:calc(var(--u)*12.6);max-height:calc(var(--u)*12.6);overflow:hidden;background:#111;color:#fff;display:flex;align-items:center;justify-content:center;
  text-align:center;white-space:pre-line;padding:calc(var(--u)*1) calc(var(--u)*5);font-size:calc(var(--u)*4);line-height:1.3;font-weight:600;border-top:calc(var(--u)*.4) solid var(--gold)}
.m-bar{display:flex;align-items:center;gap:calc(var(--u)*1.6);background:#111;color:#ddd;padding:calc(var(--u)*.8) calc(var(--u)*2.5) calc(var(--u)*1.2);font-size:calc(var(--u)*2)}
.m-bar button{font:inherit;font-size:calc(var(--u)*2.4);min-width:calc(var(--u)*6);min-height:calc(var(--u)*4.4);border:1px solid #555;border-radius:calc(var(--u)*.8);background:#2a2a2a;color:#fff;cursor:pointer}
.m-bar button:hover,.m-bar button:focus-visible{border-color:var(--gold);outline:none}
.m-progress{flex:1;height:calc(var(--u)*1.2);background:#333;border-radius:calc(var(--u)*.6);cursor:pointer;overflow:hidden}
.m-progress-fill{height:100%;width:0;background:var(--gold)}
.m-clock{font-variant-numeric:tabular-nums;white-space:nowrap}
.m-keys{color:#aaa;white-space:nowrap}
.m-back{color:var(--gold-soft)}
.m-sample{flex:none;text-align:center;background:#fff3cd;color:#7a1010;border-bottom:2px solid #7a1010;padding:calc(var(--u)*.4);font-size:calc(var(--u)*2.2);font-weight:700}
.m-paused{display:none;position:absolute;right:calc(var(--u)*3);bottom:calc(var(--u)*19.5);z-index:2;margin:0;background:rgba(17,17,17,.85);color:#fff;
  border:calc(var(--u)*.3) solid var(--gold);border-radius:calc(var(--u)*1);padding:calc(var(--u)*.8) calc(var(--u)*2);font-size:calc(var(--u)*2.4);font-weight:600}
body.m-started:not(.m-playing) .m-paused{display:block}
.m-start{position:absolute;inset:0;z-index:4;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:calc(var(--u)*2);background:rgba(20,8,8,.72);color:#fff;text-align:center}
.m-start[hidden],.m-problem[hidden]{display:none}
.m-start button{font:inherit;font-size:calc(var(--u)*4.4);font-weight:700;padding:calc(var(--u)*2) calc(var(--u)*5);border-radius:calc(var(--u)*1.2);border:calc(var(--u)*.4) solid var(--gold);background:var(--red);color:#fff;cursor:pointer}
.m-start p{font-size:calc(var(--u)*2.6);margin:0;color:var(--gold-soft)}
.m-problem{position:absolute;left:calc(var(--u)*4);right:calc(var(--u)*4);bottom:calc(var(--u)*22);z-index:5;background:#fff3cd;color:#7a1010;border:2px solid #7a1010;padding:calc(var(--u)*1.5);font-size:calc(var(--u)*2.6);text-align:center}
@media (max-aspect-ratio:4/3){.m-body{flex-direction:column}.m-figure{flex:none;width:100%}}
`;
