/**
 * Training and evaluation of the GoEmotions head behind the default text-emotion model
 * ({@link org.emodisparity.transcript.training.TrainGoEmotionsHead}, a single-file tool with a main), and the data,
 * metric and cache helpers its evaluation test shares.
 */
package org.emodisparity.transcript.training;
